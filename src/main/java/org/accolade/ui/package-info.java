/**
 * The screens' toolkit, which every feature's screens share: the person's time and dates, a refusal in their words
 * and at its field, notices, the image upload, links, the timeline, error pages. Depends on no feature, so that any
 * feature's screens can use it without a cycle; the shell around them, which knows members, is {@code shell}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "shared :: images", "shared :: uploads" })
package org.accolade.ui;
