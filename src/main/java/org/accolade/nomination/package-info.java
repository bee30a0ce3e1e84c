/**
 * Nomination: nominations and badge requests, run by {@code recognition.bpmn} from acceptance to issuance, and
 * their presenter in the task list.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "catalog", "community", "issuance", "mail", "security", "shared", "tasks", "ui" })
package org.accolade.nomination;
