package org.accolade.endorsement.internal;

import java.util.Optional;

import org.accolade.catalog.Deadlines;
import org.accolade.community.PartnerId;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.endorsement.EndorsementSubject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code endorsement.bpmn} on its own (a badge class or the issuer; the lifecycle calls it for awards) and
 * delivers the partner's answer and the administrators' cancellation to the instance waiting for that request.
 */
@Component
public class EndorsementProcess {

    static final String PROCESS_KEY = "endorsement";
    static final String REQUEST_ID = "requestId";
    static final String ENDORSED = "endorsed";

    private final RuntimeService runtime;

    EndorsementProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Runs up to the wait for the partner, in the caller's transaction, and returns the request it created. Without
     * {@code deadlines}, the configured reminder and expiry apply.
     */
    public EndorsementRequestId start(PartnerId partner, EndorsementSubject subject, Optional<Deadlines> deadlines) {
        var variables = Variables.createVariables()
                .putValue("partnerId", partner.toString())
                .putValue("subjectType", subject.type().name())
                .putValue("subjectId", subject.id().toString());
        deadlines.ifPresent(badge -> variables
                .putValue(EndorsementDelegates.REMINDER_AFTER, badge.endorsementReminderAfter().toString())
                .putValue(EndorsementDelegates.EXPIRE_AFTER, badge.endorsementPeriod().toString()));
        var instance = runtime.createProcessInstanceByKey(PROCESS_KEY).setVariables(variables)
                .executeWithVariablesInReturn();
        return EndorsementRequestId.of(instance.getVariables().getValue(REQUEST_ID, String.class));
    }

    public void decided(EndorsementRequestId request, boolean endorsed) {
        runtime.createMessageCorrelation("EndorsementDecided")
                .processInstanceVariableEquals(REQUEST_ID, request.toString())
                .setVariable(ENDORSED, endorsed)
                .correlate();
    }

    public void cancelled(EndorsementRequestId request) {
        runtime.createMessageCorrelation("EndorsementCancelled")
                .processInstanceVariableEquals(REQUEST_ID, request.toString())
                .correlate();
    }
}
