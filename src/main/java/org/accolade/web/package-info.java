/**
 * The API-wide web concerns: problem details, body limits, the error path. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "community", "shared", "tasks" })
package org.accolade.web;
