/**
 * Verification: any Open Badges 2.0 or 3.0 badge checked, from any issuer, for the public and through the API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "issuance", "issuance :: baking", "shared", "shared :: credentials",
                "shared :: uploads", "shell", "ui" })
package org.accolade.verification;
