/**
 * The shell around the screens: the layout with its menu and the signed-in person, the login screen, the language
 * switch and the screens' translations. It knows members and sign-in, so it is kept apart from {@code ui}, the
 * toolkit every feature's screens use, which depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "community", "security", "shared" })
package org.accolade.shell;
