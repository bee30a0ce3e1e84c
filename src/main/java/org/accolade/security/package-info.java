/**
 * Security: sign-in, the current member, the cockpit single sign-on and the URL rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "community", "shared" })
package org.accolade.security;
