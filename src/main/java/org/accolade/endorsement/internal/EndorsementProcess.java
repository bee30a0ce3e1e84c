package org.accolade.endorsement.internal;

import java.util.Optional;

import org.accolade.catalog.Deadlines;
import org.accolade.community.PartnerId;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.endorsement.internal.EndorsementContract.Start;
import org.accolade.endorsement.internal.EndorsementContract.Written;
import org.accolade.shared.OrganisationId;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code endorsement.bpmn} on its own (a badge class or the issuer; the lifecycle calls it for awards) and
 * delivers the partner's answer and the administrators' cancellation to the instance waiting for that request.
 */
@Component
public class EndorsementProcess {

    private final RuntimeService runtime;

    EndorsementProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Runs up to the wait for the partner, in the caller's transaction, and returns the request it created. Without
     * {@code deadlines}, the configured reminder and expiry apply.
     */
    public EndorsementRequestId start(OrganisationId asking, PartnerId partner, EndorsedSubject subject,
            Optional<Deadlines> deadlines) {
        var variables = Variables.createVariables()
                .putValue(Start.ORGANISATION_ID, asking.toString())
                .putValue(Start.PARTNER_ID, partner.toString())
                .putValue(Start.SUBJECT_TYPE, subject.type().name())
                .putValue(Start.SUBJECT_ID, subject.id().toString());
        deadlines.ifPresent(badge -> variables
                .putValue(Start.REMINDER_AFTER, badge.endorsementReminderAfter().toString())
                .putValue(Start.EXPIRE_AFTER, badge.endorsementPeriod().toString()));
        var instance = runtime.createProcessInstanceByKey(EndorsementContract.PROCESS_KEY).setVariables(variables)
                .executeWithVariablesInReturn();
        return EndorsementRequestId.of(instance.getVariables().getValue(Written.REQUEST_ID, String.class));
    }

    public void decided(EndorsementRequestId request, boolean endorsed) {
        runtime.createMessageCorrelation(EndorsementContract.ENDORSEMENT_DECIDED)
                .processInstanceVariableEquals(Written.REQUEST_ID, request.toString())
                .setVariable(Written.ENDORSED, endorsed)
                .correlate();
    }

    public void cancelled(EndorsementRequestId request) {
        runtime.createMessageCorrelation(EndorsementContract.ENDORSEMENT_CANCELLED)
                .processInstanceVariableEquals(Written.REQUEST_ID, request.toString())
                .correlate();
    }
}
