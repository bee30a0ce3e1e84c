/**
 * Baking: an Open Badges payload written into, and read back from, a PNG or SVG badge image. Open to the other
 * modules because a verifier reads the images that people hand in.
 */
@org.springframework.modulith.NamedInterface("baking")
package org.accolade.issuance.baking;
