package org.accolade.nomination.internal;

import java.util.List;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.Deadlines;
import org.accolade.community.MemberId;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.internal.RecognitionContract.Start;
import org.accolade.nomination.internal.RecognitionContract.Written;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts {@code recognition.bpmn}: one instance per nomination, whose business key is the nomination id; and hands
 * it an issuer admin's way out of a stalled review, as the messages its review task waits for (ADR 14).
 */
@Component
public class RecognitionProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;

    RecognitionProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The jurors whose vote (policy VOTES) is still awaited in the current round. */
    public List<MemberId> missingJurors(NominationId nomination) {
        return tasks.createTaskQuery().processInstanceBusinessKey(nomination.toString())
                .processDefinitionKey(RecognitionContract.PROCESS_KEY)
                .taskDefinitionKey(RecognitionContract.REVIEW_NOMINATION).list().stream()
                .map(Task::getAssignee).map(MemberId::of).toList();
    }

    /** Ends the round's voting: the decision table takes the votes in hand (Event_ReviewClosedWithVotesInHand). */
    public void closeReview(NominationId nomination, MemberId admin) {
        runtime.createMessageCorrelation(RecognitionContract.REVIEW_CLOSED_WITH_VOTES_IN_HAND)
                .processInstanceBusinessKey(nomination.toString())
                .setVariable(Written.REVIEW_UNBLOCKED_BY, admin.toString()).correlateWithResult();
    }

    /** The missing juror's task goes to the replacement (Event_JurorReplaced). */
    public void replaceJuror(NominationId nomination, MemberId missing, MemberId replacement, MemberId admin) {
        runtime.createMessageCorrelation(RecognitionContract.JUROR_REPLACED)
                .processInstanceBusinessKey(nomination.toString())
                .setVariable(Written.MISSING_JUROR, missing.toString())
                .setVariable(Written.REPLACEMENT_JUROR, replacement.toString())
                .setVariable(Written.REVIEW_UNBLOCKED_BY, admin.toString()).correlateWithResult();
    }

    /**
     * The badge class's rules travel as primitives: the engine keeps ids and durations, Accolade the data.
     *
     * @param stopReason why it cannot go ahead (a problem code), or null
     */
    public void start(Nomination nomination, BadgeClass badgeClass, String stopReason) {
        Deadlines deadlines = badgeClass.deadlines();
        runtime.startProcessInstanceByKey(RecognitionContract.PROCESS_KEY, nomination.id().toString(),
                Variables.createVariables()
                .putValue(Start.ORGANISATION_ID, nomination.organisation().toString())
                .putValue(Start.STOP_REASON, stopReason)
                .putValue(Start.KIND, nomination.kind().name())
                .putValue(Start.BADGE_CLASS_ID, badgeClass.id().toString())
                .putValue(Start.NOMINEE_ID, nomination.nomineeId().toString())
                .putValue(Start.REVIEW_POLICY, badgeClass.review().policy().name())
                .putValue(Start.ACCEPTANCE_PERIOD, deadlines.acceptancePeriod().toString())
                .putValue(Start.EVIDENCE_PERIOD, deadlines.evidencePeriod().toString())
                .putValue(Start.EVIDENCE_REMINDER, deadlines.evidenceReminderAfter().toString())
                .putValue(Start.REVIEW_PERIOD, deadlines.reviewPeriod().toString())
                .putValue(Start.REVIEW_REMINDER, deadlines.reviewReminderAfter().toString())
                .putValue(Start.MAX_ROUNDS, badgeClass.review().maxRounds())
                .putValue(Start.ENDORSER_COUNT, badgeClass.endorsers().size())
                .putValue(Start.ENDORSEMENT_REMINDER, deadlines.endorsementReminderAfter().toString())
                .putValue(Start.ENDORSEMENT_EXPIRY, deadlines.endorsementPeriod().toString())
                .putValue(Start.ROUND, nomination.round()));
    }
}
