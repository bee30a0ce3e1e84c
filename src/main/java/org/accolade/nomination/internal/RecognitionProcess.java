package org.accolade.nomination.internal;

import java.util.List;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.Deadlines;
import org.accolade.community.MemberId;
import org.accolade.nomination.NominationId;
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

    static final String PROCESS_KEY = "recognition";
    static final String REVIEW_TASK = "Task_ReviewNomination";
    static final String MISSING_JUROR = "missingJuror";
    static final String REPLACEMENT_JUROR = "replacementJuror";
    /** Who unblocked a review, kept in the process's history. */
    private static final String ACTED_BY = "reviewUnblockedBy";

    private final RuntimeService runtime;
    private final TaskService tasks;

    RecognitionProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The jurors whose vote (policy VOTES) is still awaited in the current round. */
    public List<MemberId> missingJurors(NominationId nomination) {
        return tasks.createTaskQuery().processInstanceBusinessKey(nomination.toString())
                .processDefinitionKey(PROCESS_KEY).taskDefinitionKey(REVIEW_TASK).list().stream()
                .map(Task::getAssignee).map(MemberId::of).toList();
    }

    /** Ends the round's voting: the decision table takes the votes in hand (Event_ReviewClosedWithVotesInHand). */
    public void closeReview(NominationId nomination, MemberId admin) {
        runtime.createMessageCorrelation("ReviewClosedWithVotesInHand")
                .processInstanceBusinessKey(nomination.toString()).setVariable(ACTED_BY, admin.toString())
                .correlateWithResult();
    }

    /** The missing juror's task goes to the replacement (Event_JurorReplaced). */
    public void replaceJuror(NominationId nomination, MemberId missing, MemberId replacement, MemberId admin) {
        runtime.createMessageCorrelation("JurorReplaced").processInstanceBusinessKey(nomination.toString())
                .setVariable(MISSING_JUROR, missing.toString()).setVariable(REPLACEMENT_JUROR, replacement.toString())
                .setVariable(ACTED_BY, admin.toString()).correlateWithResult();
    }

    /**
     * The badge class's rules travel as primitives: the engine keeps ids and durations, Accolade the data.
     *
     * @param stopReason why it cannot go ahead (a problem code), or null
     */
    public void start(Nomination nomination, BadgeClass badgeClass, String stopReason) {
        Deadlines deadlines = badgeClass.deadlines();
        runtime.startProcessInstanceByKey(PROCESS_KEY, nomination.id().toString(), Variables.createVariables()
                .putValue("stopReason", stopReason)
                .putValue("kind", nomination.kind().name())
                .putValue("badgeClassId", badgeClass.id().toString())
                .putValue("nomineeId", nomination.nomineeId().toString())
                .putValue("reviewPolicy", badgeClass.review().policy().name())
                .putValue("acceptancePeriod", deadlines.acceptancePeriod().toString())
                .putValue("evidencePeriod", deadlines.evidencePeriod().toString())
                .putValue("evidenceReminder", deadlines.evidenceReminderAfter().toString())
                .putValue("reviewPeriod", deadlines.reviewPeriod().toString())
                .putValue("reviewReminder", deadlines.reviewReminderAfter().toString())
                .putValue("maxRounds", badgeClass.review().maxRounds())
                .putValue("endorserCount", badgeClass.endorsers().size())
                .putValue("endorsementReminder", deadlines.endorsementReminderAfter().toString())
                .putValue("endorsementExpiry", deadlines.endorsementPeriod().toString())
                .putValue("round", nomination.round()));
    }
}
