/**
 * Images that people upload (badge pictures, partner logos): what an upload is, and the content checks that decide
 * whether it is a PNG or a harmless SVG. Open to every module, which names its own field and message codes.
 */
@org.springframework.modulith.NamedInterface("images")
package org.accolade.shared.images;
