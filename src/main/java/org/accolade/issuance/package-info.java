/**
 * Issuance: assertions and Open Badges 2.0 and 3.0 documents, their signing keys, baking and hosting, revocation,
 * and the endorsements partners issued.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "catalog", "community", "mail", "security", "shared", "shared :: credentials", "shell",
                "ui" })
package org.accolade.issuance;
