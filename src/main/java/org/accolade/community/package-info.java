/**
 * Community: members and their roles, invitations, juries and partner organisations.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "mail", "shared", "shared :: images", "shared :: uploads", "ui" })
package org.accolade.community;
