package org.accolade.endorsement.internal;

import java.time.Duration;
import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.endorsement.internal.EndorsementContract.Start;
import org.accolade.endorsement.internal.EndorsementContract.Written;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans {@code endorsement.bpmn} names, as thin adapters: read the ids from the execution, call one step of
 * {@link EndorsementLifecycle}, write back primitives.
 */
@Configuration
class EndorsementDelegates {

    private final EndorsementLifecycle lifecycle;

    EndorsementDelegates(EndorsementLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /**
     * Also fills in the durations a caller left out, before the timers that read them are created; {@code endorsed}
     * starts false so that every way out of the process leaves it set for a caller to count.
     */
    @Bean
    JavaDelegate createEndorsementRequest(@Value("${accolade.endorsement.reminder-after}") String reminderAfter,
            @Value("${accolade.endorsement.expire-after}") String expireAfter) {
        return execution -> {
            defaultTo(execution, Start.REMINDER_AFTER, reminderAfter);
            Duration expiry = Duration.parse(defaultTo(execution, Start.EXPIRE_AFTER, expireAfter));
            Object nomination = execution.getVariable(Start.NOMINATION_ID);
            EndorsementRequestId request = lifecycle.create(new PartnerId(uuid(execution.getVariable(Start.PARTNER_ID))),
                    new EndorsedSubject(EndorsedSubject.Type.valueOf((String) execution.getVariable(Start.SUBJECT_TYPE)),
                            uuid(execution.getVariable(Start.SUBJECT_ID))),
                    nomination == null ? null : uuid(nomination), expiry);
            execution.setVariable(Written.REQUEST_ID, request.toString());
            execution.setVariable(Written.ENDORSED, false);
        };
    }

    @Bean
    JavaDelegate remindPartner() {
        return execution -> lifecycle.remind(requestOf(execution));
    }

    @Bean
    JavaDelegate expireEndorsementRequest() {
        return execution -> lifecycle.expire(requestOf(execution));
    }

    private static String defaultTo(DelegateExecution execution, String name, String fallback) {
        Object value = execution.getVariable(name);
        if (value == null) {
            value = fallback;
            execution.setVariable(name, value);
        }
        return (String) value;
    }

    /** A caller may hand an id over as a string, a UUID or an id record: all print as the UUID. */
    private static UUID uuid(Object id) {
        return UUID.fromString(id.toString());
    }

    private static EndorsementRequestId requestOf(DelegateExecution execution) {
        return EndorsementRequestId.of((String) execution.getVariable(Written.REQUEST_ID));
    }
}
