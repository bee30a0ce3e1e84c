/**
 * Types every module may use (problems, secret tokens, plain text, limits) and small infrastructure in named
 * interfaces (credentials, images, uploads). Depends on no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.accolade.shared;
