package org.accolade.tasks;

import java.time.Instant;
import java.util.Map;

import org.accolade.shared.OrganisationId;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A user task as lists show it. {@code businessKey} identifies what its process is about; the API also gives it
 * under the name the process's presenter chose ({@code nominationId} for a recognition). {@code organisationId} is
 * the organisation its process runs for (its tenant); null for a process started without one.
 */
public record TaskSummary(String id, String name, String taskDefinitionKey, String formId, String processKey,
        String businessKey, @JsonIgnore String businessKeyName, String assignee, Instant due, Instant created,
        OrganisationId organisationId) {

    @JsonAnyGetter
    public Map<String, String> namedBusinessKey() {
        return businessKeyName == null || businessKey == null ? Map.of() : Map.of(businessKeyName, businessKey);
    }
}
