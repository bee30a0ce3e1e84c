package org.accolade.tasks;

/**
 * Every process instance belongs to one organisation, as its Camunda tenant (ADR 17), so that the task list and the
 * admins' views filter by organisation in the database ({@code tenantIdIn}). The definitions stay shared: an instance
 * gets its organisation from the start variable {@link #VARIABLE}, which each process's contract names, and a called
 * instance from its caller.
 */
public final class ProcessTenants {

    /** The start variable that names the organisation, as its id. */
    public static final String VARIABLE = "organisationId";

    private ProcessTenants() {
    }
}
