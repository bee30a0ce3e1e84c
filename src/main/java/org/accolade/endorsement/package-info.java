/**
 * Endorsement: partner organisations asked, through a single-use link in an email, to endorse an award, a badge class
 * or the issuer; {@code endorsement.bpmn} tracks each request (reminder, expiry, cancellation), and the approved
 * requests become endorsements that the Open Badges documents and the public pages show.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "community", "issuance", "mail",
        "nomination", "security", "shared", "shell", "tasks", "ui" })
package org.accolade.endorsement;
