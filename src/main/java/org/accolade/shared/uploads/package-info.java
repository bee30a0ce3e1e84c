/**
 * Files that people upload on the screens, bounded on the server and not only in the browser. Open to every module's
 * screens.
 */
@org.springframework.modulith.NamedInterface("uploads")
package org.accolade.shared.uploads;
