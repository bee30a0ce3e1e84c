/**
 * Catalog: the issuer and its badge classes (criteria, image, alignments, jury, review rules, deadlines, the partners
 * asked to endorse), as issuer admins design them and members browse them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "community", "mail", "security", "shared", "shared :: images",
                "shared :: uploads", "ui" })
package org.accolade.catalog;
