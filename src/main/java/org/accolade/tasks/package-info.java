/**
 * The task host and the Camunda Forms in {@code forms/}: it lists, claims and completes the user tasks of any
 * process, each presented by the module that owns it ({@link org.accolade.tasks.TaskPresenter}); it reads a form,
 * and applies the one validation that both the REST API and the Vaadin task screens apply to a submission, so the
 * two can never disagree. It knows no process (ADR 16); it knows the organisations (catalog's issuers) that processes
 * run for, to filter by.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "community", "security", "shared",
        "ui" })
package org.accolade.tasks;
