/**
 * Setup: what a production start needs (its settings checked, the first administrator invited).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "community" })
package org.accolade.setup;
