/**
 * The screens' shell and toolkit: layout, sign-in, language, error pages, and the parts every feature's screens
 * share. Depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "community", "security", "shared" })
package org.accolade.ui;
