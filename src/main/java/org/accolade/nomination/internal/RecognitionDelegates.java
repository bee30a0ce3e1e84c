package org.accolade.nomination.internal;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.accolade.community.MemberId;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.Verdict;
import org.accolade.nomination.internal.RecognitionContract.Answers;
import org.accolade.nomination.internal.RecognitionContract.Start;
import org.accolade.nomination.internal.RecognitionContract.Written;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans {@code recognition.bpmn} names, as thin adapters: read the nomination id (the business key) and the
 * task's values, call one step of {@link NominationLifecycle}, write back primitives.
 */
@Configuration
class RecognitionDelegates {

    private final NominationLifecycle lifecycle;

    RecognitionDelegates(NominationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Bean
    TaskListener taskCreated() {
        return task -> {
            NominationId id = nominationOf(task);
            OpenTask open = openTask(task.getId(), task.getAssignee(), task.getCandidates(), task.getDueDate());
            switch (task.getTaskDefinitionKey()) {
                case RecognitionContract.ACCEPT_NOMINATION -> lifecycle.acceptanceRequested(id, open);
                case RecognitionContract.SUBMIT_EVIDENCE -> lifecycle.evidenceRequested(id, open);
                default -> lifecycle.reviewAssigned(id, open);
            }
        };
    }

    @Bean
    TaskListener acceptanceAnswered() {
        return task -> lifecycle.answerAcceptance(nominationOf(task), Answers.ACCEPT.equals(task.getVariable(Answers.DECISION)),
                Boolean.TRUE.equals(task.getVariable(Answers.PUBLIC_CONSENT)), (String) task.getVariable(Answers.MESSAGE));
    }

    @Bean
    TaskListener evidenceSubmitted() {
        return task -> lifecycle.submitEvidence(nominationOf(task), (String) task.getVariable(Answers.NARRATIVE),
                items(task.getVariable(Answers.ITEMS)));
    }

    @Bean
    TaskListener reviewRecorded() {
        return task -> lifecycle.recordReview(nominationOf(task), MemberId.of(task.getAssignee()),
                Verdict.fromForm((String) task.getVariable(Answers.VERDICT)), (String) task.getVariable(Answers.COMMENT));
    }

    @Bean
    JavaDelegate declineNomination() {
        return execution -> lifecycle.tellNominatorOfDecline(nominationOf(execution));
    }

    @Bean
    JavaDelegate expireNomination() {
        return execution -> lifecycle.expire(nominationOf(execution));
    }

    @Bean
    JavaDelegate remindNominee(TaskService tasks) {
        return execution -> openTasks(tasks, execution)
                .forEach(task -> lifecycle.remindNominee(nominationOf(execution), task));
    }

    @Bean
    JavaDelegate remindJurors(TaskService tasks) {
        return execution -> lifecycle.remindJurors(nominationOf(execution), openTasks(tasks, execution));
    }

    @Bean
    JavaDelegate escalateReview(TaskService tasks) {
        return execution -> lifecycle.escalateReview(nominationOf(execution), openTasks(tasks, execution));
    }

    /**
     * An issuer admin replaced a juror who did not vote (the service checked who may and whom): the missing
     * juror's task goes to the replacement, with its form and what was entered so far.
     */
    @Bean
    JavaDelegate replaceJuror(TaskService tasks) {
        return execution -> {
            String missing = (String) execution.getVariable(Written.MISSING_JUROR);
            String replacement = (String) execution.getVariable(Written.REPLACEMENT_JUROR);
            Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(RecognitionContract.REVIEW_NOMINATION).taskAssignee(missing).singleResult();
            tasks.setAssignee(task.getId(), replacement);
            lifecycle.jurorReplaced(nominationOf(execution), MemberId.of(missing),
                    openTask(task.getId(), replacement, List.of(), task.getDueDate()));
        };
    }

    @Bean
    JavaDelegate stopNomination() {
        return execution -> lifecycle.stop(nominationOf(execution), (String) execution.getVariable(Start.STOP_REASON));
    }

    @Bean
    JavaDelegate tallyVotes() {
        return execution -> {
            Tally tally = lifecycle.tally(nominationOf(execution));
            execution.setVariable(Written.APPROVALS, tally.approvals());
            execution.setVariable(Written.REVISIONS, tally.revisions());
            execution.setVariable(Written.REJECTIONS, tally.rejections());
            execution.setVariable(Written.QUORUM, tally.quorum());
        };
    }

    @Bean
    JavaDelegate allocateAssertion() {
        return execution -> execution.setVariable(Written.ASSERTION_ID,
                lifecycle.approve(nominationOf(execution)).toString());
    }

    @Bean
    JavaDelegate countEndorsements() {
        return execution -> execution.setVariable(Written.ENDORSEMENTS_MISSING,
                lifecycle.endorsementsMissing(nominationOf(execution)));
    }

    /** Closing is the next step's, which reads the same comment; issuing anyway is decided here. */
    @Bean
    TaskListener endorsementMissingDecided() {
        return task -> {
            if (Answers.ISSUE_ANYWAY.equals(task.getVariable(Answers.DECISION))) {
                lifecycle.issueWithoutEndorsements(nominationOf(task));
            }
        };
    }

    @Bean
    JavaDelegate closeNomination() {
        return execution -> lifecycle.closeWithoutEndorsements(nominationOf(execution),
                (String) execution.getVariable(Answers.COMMENT));
    }

    @Bean
    JavaDelegate issueBadge() {
        return execution -> lifecycle.issueBadge(nominationOf(execution));
    }

    @Bean
    JavaDelegate requestRevision() {
        return execution -> execution.setVariable(Start.ROUND, lifecycle.startNextRound(nominationOf(execution)));
    }

    @Bean
    JavaDelegate rejectNomination() {
        return execution -> lifecycle.reject(nominationOf(execution));
    }

    private static NominationId nominationOf(DelegateExecution execution) {
        return NominationId.of(execution.getProcessBusinessKey());
    }

    private static NominationId nominationOf(DelegateTask task) {
        return nominationOf(task.getExecution());
    }

    /** Only one stage has user tasks at a time, so a timer's open tasks are all those of its instance. */
    private static List<OpenTask> openTasks(TaskService tasks, DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
                .map(task -> openTask(tasks, task)).toList();
    }

    private static OpenTask openTask(TaskService tasks, Task task) {
        return openTask(task.getId(), task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()),
                task.getDueDate());
    }

    /** The assignee, or else the candidates who may claim the task. */
    private static OpenTask openTask(String taskId, String assignee, Collection<IdentityLink> links,
            Date due) {
        List<MemberId> people = assignee != null ? List.of(MemberId.of(assignee)) : links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(link -> MemberId.of(link.getUserId())).toList();
        return new OpenTask(taskId, people, due == null ? null : due.toInstant());
    }

    @SuppressWarnings("unchecked")
    private static List<EvidenceItem> items(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) value).stream()
                .map(item -> new EvidenceItem((String) item.get("name"), (String) item.get("url"),
                        (String) item.get("description")))
                .toList();
    }
}
