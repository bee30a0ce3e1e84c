/**
 * Images that people upload (badge pictures, partner logos): what an upload is, and the content checks that decide
 * whether it is a PNG or a harmless SVG, and the store that keeps one in its owner's row. Open to every module, which
 * names its own field, message codes, table and columns.
 */
@org.springframework.modulith.NamedInterface("images")
package org.accolade.shared.images;
