package org.accolade.endorsement.internal;

import org.accolade.tasks.ProcessTenants;

/**
 * What Java knows of {@code bpmn/endorsement.bpmn}, named once: the variables a caller starts it with (directly or
 * from {@code recognition.bpmn}'s call activity), those it writes, the messages it waits for and the elements tests
 * refer to. {@code EndorsementContractTest} checks every name against the deployed models.
 */
public final class EndorsementContract {

    public static final String PROCESS_KEY = "endorsement";

    /** Messages: the partner's answer, and the administrators' cancellation. */
    public static final String ENDORSEMENT_DECIDED = "EndorsementDecided";
    public static final String ENDORSEMENT_CANCELLED = "EndorsementCancelled";

    public static final String CREATE_REQUEST = "Task_CreateRequest";
    public static final String AWAIT_DECISION = "Task_AwaitDecision";
    public static final String REMIND_PARTNER = "Task_RemindPartner";
    public static final String EXPIRE_REQUEST = "Task_ExpireRequest";

    /** Timers, fired in tests by executing their jobs. */
    public static final String REMINDER_DUE = "Event_ReminderDue";
    public static final String REQUEST_OVERDUE = "Event_RequestOverdue";

    /** Events on the ways out: the partner's answer received, reminded, expired, cancelled. */
    public static final String ENDORSEMENT_DECIDED_EVENT = "Event_EndorsementDecided";
    public static final String PARTNER_REMINDED = "Event_PartnerReminded";
    public static final String REQUEST_EXPIRED = "Event_RequestExpired";
    public static final String REQUEST_CANCELLED = "Event_RequestCancelled";

    /** Variables a caller starts the process with. */
    public static final class Start {
        /** The organisation that asks: the instance runs as its tenant. */
        public static final String ORGANISATION_ID = ProcessTenants.VARIABLE;
        public static final String PARTNER_ID = "partnerId";
        /** The name of an {@code issuance.EndorsedSubject.Type}. */
        public static final String SUBJECT_TYPE = "subjectType";
        public static final String SUBJECT_ID = "subjectId";
        /** Only for an award: the nomination whose stage asks. */
        public static final String NOMINATION_ID = "nominationId";
        /** ISO-8601 durations; the configured ones apply when a caller leaves them out. */
        public static final String REMINDER_AFTER = "reminderAfter";
        public static final String EXPIRE_AFTER = "expireAfter";

        private Start() {
        }
    }

    /** Variables the process writes. */
    public static final class Written {
        public static final String REQUEST_ID = "requestId";
        /** False until the partner endorses, so that every way out leaves it set for a caller to count. */
        public static final String ENDORSED = "endorsed";

        private Written() {
        }
    }

    private EndorsementContract() {
    }
}
