/**
 * The demo network, loaded only under the {@code demo} profile.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "community" })
package org.accolade.demo;
