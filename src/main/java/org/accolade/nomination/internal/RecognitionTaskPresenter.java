package org.accolade.nomination.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.nomination.RecognitionTaskContext;
import org.accolade.nomination.internal.RecognitionContract.Start;
import org.accolade.security.CurrentMember;
import org.accolade.tasks.TaskHeadline;
import org.accolade.tasks.TaskPresenter;
import org.accolade.tasks.TaskRef;
import org.accolade.tasks.TaskStage;
import org.accolade.tasks.TaskTopic;
import org.accolade.tasks.TaskTopics;
import org.springframework.stereotype.Component;

/**
 * How the task list presents {@code recognition.bpmn}'s tasks: by stage and by badge, headed by the badge and the
 * nominee, beside what the person needs to answer (the badge, the nomination, the evidence, the jury's comments).
 */
@Component
class RecognitionTaskPresenter implements TaskPresenter<RecognitionTaskContext> {

    private static final List<TaskStage> STAGES = List.of(
            stage("acceptance", RecognitionContract.ACCEPT_NOMINATION),
            stage("evidence", RecognitionContract.SUBMIT_EVIDENCE),
            // both review policies: one vote per juror, or the panel's decision
            stage("review", RecognitionContract.REVIEW_NOMINATION, RecognitionContract.RECORD_PANEL_DECISION));

    private final NominationRepository nominations;
    private final EvidenceRepository evidence;
    private final ReviewRepository reviews;
    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final NominationTimeline timeline;
    private final CurrentMember currentMember;

    RecognitionTaskPresenter(NominationRepository nominations, EvidenceRepository evidence,
            ReviewRepository reviews, BadgeClassService badgeClasses, MemberService members,
            NominationTimeline timeline, CurrentMember currentMember) {
        this.nominations = nominations;
        this.evidence = evidence;
        this.reviews = reviews;
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.timeline = timeline;
        this.currentMember = currentMember;
    }

    private static TaskStage stage(String name, String... userTasks) {
        return new TaskStage(RecognitionContract.PROCESS_KEY, "recognition.stage." + name, List.of(userTasks));
    }

    @Override
    public String processKey() {
        return RecognitionContract.PROCESS_KEY;
    }

    @Override
    public List<TaskStage> stages() {
        return STAGES;
    }

    @Override
    public Optional<TaskTopics> topics() {
        return Optional.of(new TaskTopics("recognition.filter.badge", "recognition.filter.badge.all",
                badgeClasses.published().stream().map(badge -> new TaskTopic(RecognitionContract.PROCESS_KEY,
                        Start.BADGE_CLASS_ID, badge.id().toString(), badge.name())).toList()));
    }

    @Override
    public String businessKeyName() {
        return "nominationId";
    }

    @Override
    public RecognitionTaskContext context(TaskRef task) {
        Nomination nomination = nominations.findById(UUID.fromString(task.businessKey())).orElseThrow();
        BadgeClass badge = badgeClasses.get(nomination.badgeClassId());
        boolean evidenceToEdit = RecognitionContract.SUBMIT_EVIDENCE.equals(task.taskDefinitionKey());
        Optional<Evidence> latest = latestEvidence(nomination);
        List<String> juryFeedback = evidenceToEdit
                ? latest.map(round -> juryFeedback(nomination, round)).orElse(List.of()) : List.of();
        return new RecognitionTaskContext(badge.name(), badge.criteria(),
                members.get(nomination.nomineeId()).displayName(),
                members.get(nomination.nominatorId()).displayName(), nomination.narrative(), nomination.round(),
                badge.review().maxRounds(), latest.map(RecognitionTaskPresenter::evidence).orElse(null),
                evidenceToEdit, juryFeedback, earlierComments(nomination),
                timeline.of(nomination.id(), nomination.involves(currentMember.id())));
    }

    @Override
    public TaskHeadline headline(RecognitionTaskContext context) {
        return new TaskHeadline(context.badgeName(), context.nomineeName());
    }

    @Override
    public Map<String, Object> formData(RecognitionTaskContext context) {
        return context.formData();
    }

    /**
     * One read of the page's nominations; each distinct nominee is then read once, and each badge class through
     * the catalogue.
     */
    @Override
    public Map<String, TaskHeadline> headlines(Collection<TaskRef> tasks) {
        Map<String, Nomination> byId = nominations.findAllById(tasks.stream()
                .map(task -> UUID.fromString(task.businessKey())).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(nomination -> nomination.id().value().toString(), Function.identity()));
        Map<MemberId, String> nominees = members.getAll(byId.values().stream().map(Nomination::nomineeId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        Map<String, TaskHeadline> headlines = new HashMap<>();
        for (TaskRef task : tasks) {
            Nomination nomination = byId.get(task.businessKey());
            if (nomination != null) {
                headlines.put(task.taskId(), new TaskHeadline(badgeClasses.get(nomination.badgeClassId()).name(),
                        nominees.get(nomination.nomineeId())));
            }
        }
        return headlines;
    }

    /** The jury's comments of the rounds before this one, each with its round, for the person deciding now. */
    private List<RecognitionTaskContext.EarlierComment> earlierComments(Nomination nomination) {
        return reviews.findByNominationIdOrderByRoundAscDecidedAtAsc(nomination.id().value()).stream()
                .filter(review -> review.round() < nomination.round())
                .map(review -> new RecognitionTaskContext.EarlierComment(review.round(), review.comment()))
                .toList();
    }

    private Optional<Evidence> latestEvidence(Nomination nomination) {
        List<Evidence> rounds = evidence.findByNominationIdOrderByRound(nomination.id().value());
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    /** The jury's comments on the nominee's latest evidence, which their next answer starts from. */
    private List<String> juryFeedback(Nomination nomination, Evidence latest) {
        return reviews.findByNominationIdAndRound(nomination.id().value(), latest.round()).stream()
                .map(Review::comment).toList();
    }

    private static RecognitionTaskContext.Evidence evidence(Evidence latest) {
        return new RecognitionTaskContext.Evidence(latest.narrative(), latest.items().stream()
                .map(item -> new RecognitionTaskContext.Item(item.name(), item.url(), item.description())).toList());
    }
}
