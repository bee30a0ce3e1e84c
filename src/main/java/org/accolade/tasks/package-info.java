/**
 * The task list and the Camunda Forms in {@code forms/}: reading a form, and the one validation that both the REST
 * API and the Vaadin task screens apply to a submission, so the two can never disagree.
 */
package org.accolade.tasks;
