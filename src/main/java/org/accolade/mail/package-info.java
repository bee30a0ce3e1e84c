/**
 * Mail: the outbox every module writes to, its delivery, retries, retention and the secret links minted as a mail
 * leaves.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "ui" })
package org.accolade.mail;
