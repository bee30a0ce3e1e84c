package org.accolade;

import static org.accolade.nomination.internal.RecognitionContract.ACCEPT_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.REVIEW_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.SUBMIT_EVIDENCE;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.SubmitNomination;
import org.accolade.nomination.internal.RecognitionContract.Answers;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;

/**
 * Takes nominations through recognition.bpmn's user tasks, through the services, as the people concerned: the one
 * set of lifecycle steps for the process and screen tests. The answers are the forms' own, also posted by the API
 * tests.
 */
public final class Recognitions {

    public static final String NARRATIVE = "Ran the school council all year and organised two public debates.";
    public static final String EVIDENCE = "Minutes of every council meeting, and the debates' programmes.";
    public static final String EVIDENCE_URL = "https://example.org/minutes.pdf";

    private final People people;
    private final NominationService nominations;
    private final TaskListService taskList;
    private final BadgeClassService badgeClasses;

    public Recognitions(People people, NominationService nominations, TaskListService taskList,
            BadgeClassService badgeClasses) {
        this.people = people;
        this.nominations = nominations;
        this.taskList = taskList;
        this.badgeClasses = badgeClasses;
    }

    /** A fresh member with a name no other test uses, so that rows can be told apart by it. */
    public Member nominee() {
        return people.fresh("Nominee-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public NominationDetails nominate(String nominator, Member nominee, String badgeKey) {
        return nominate(nominator, nominee.email(), nominee.name(), badgeKey);
    }

    /** A nomination of an address, known or not: an unknown one is invited. */
    public NominationDetails nominate(String nominator, String email, String name, String badgeKey) {
        return submit(nominator, new SubmitNomination(badgeId(badgeKey), email, name, NARRATIVE,
                NominationKind.NOMINATION));
    }

    /** A member asks for a badge for themselves: no acceptance, the process starts with evidence. */
    public NominationDetails request(Member member, String badgeKey) {
        return submit(member.email(), new SubmitNomination(badgeId(badgeKey), null, null, NARRATIVE,
                NominationKind.REQUEST));
    }

    private NominationDetails submit(String login, SubmitNomination submission) {
        return people.as(login, () -> nominations.submit(submission));
    }

    /** The nomination as this person sees it now. */
    public NominationDetails reload(String viewer, NominationDetails nomination) {
        return people.as(viewer, () -> nominations.get(new NominationId(nomination.id())));
    }

    public String badgeId(String key) {
        return badgeClasses.findByKey(key).orElseThrow().id().toString();
    }

    public String badgeName(String key) {
        return badgeClasses.findByKey(key).orElseThrow().name();
    }

    /** Accepts, agreeing to show the badge publicly. */
    public void accept(Member nominee, NominationDetails nomination) {
        accept(nominee, nomination, true);
    }

    public void accept(Member nominee, NominationDetails nomination, boolean publicConsent) {
        complete(nominee.email(), nomination, ACCEPT_NOMINATION, acceptance(Answers.ACCEPT, publicConsent));
    }

    public void decline(Member nominee, NominationDetails nomination) {
        complete(nominee.email(), nomination, ACCEPT_NOMINATION, acceptance(Answers.DECLINE, false));
    }

    public void submitEvidence(Member nominee, NominationDetails nomination) {
        complete(nominee.email(), nomination, SUBMIT_EVIDENCE, evidence(EVIDENCE));
    }

    /** Accepted, with evidence: waiting for the jury. */
    public NominationDetails underReview(String nominator, Member nominee, String badgeKey) {
        NominationDetails nomination = nominate(nominator, nominee, badgeKey);
        accept(nominee, nomination);
        submitEvidence(nominee, nomination);
        return nomination;
    }

    /** A vote whose comment names the juror, so that a test can tell whose comment a mail or a form carries. */
    public void vote(String juror, NominationDetails nomination, String verdict) {
        vote(juror, nomination, verdict, commentFrom(juror));
    }

    public void vote(String juror, NominationDetails nomination, String verdict, String comment) {
        complete(juror, nomination, REVIEW_NOMINATION, verdict(verdict, comment));
    }

    /** claire, david and emma, the demo jury, vote in this order. */
    public void voteAll(NominationDetails nomination, String claire, String david, String emma) {
        vote("claire", nomination, claire);
        vote("david", nomination, david);
        vote("emma", nomination, emma);
    }

    public static String commentFrom(String juror) {
        return "Comment from " + juror;
    }

    /** Completes this person's task of the nomination, as they would with its form. */
    public void complete(String login, NominationDetails nomination, String taskKey, Map<String, ?> values) {
        String taskId = taskOf(login, nomination, taskKey).id();
        people.as(login, () -> taskList.complete(taskId, values));
    }

    public TaskSummary taskOf(String login, NominationDetails nomination, String taskKey) {
        return tasksOf(login, nomination).stream().filter(task -> task.taskDefinitionKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new AssertionError(login + " has no " + taskKey));
    }

    /** Assigned to this person or offered to them, for this nomination. */
    public List<TaskSummary> tasksOf(String login, NominationDetails nomination) {
        return people.as(login, () -> taskList.mine()).stream()
                .filter(task -> task.businessKey().equals(nomination.id().toString())).toList();
    }

    /** The accept-nomination form's answer. */
    public static Map<String, Object> acceptance(String decision, boolean publicConsent) {
        return Map.of(Answers.DECISION, decision, Answers.PUBLIC_CONSENT, publicConsent,
                Answers.MESSAGE, "Thank you!");
    }

    /** The submit-evidence form's answer: the narrative and one document at {@link #EVIDENCE_URL}. */
    public static Map<String, Object> evidence(String narrative) {
        return Map.of(Answers.NARRATIVE, narrative, Answers.ITEMS, List.of(Map.of("name", "Council minutes",
                "url", EVIDENCE_URL, "description", "Signed by the head teacher")));
    }

    /** The review-nomination (and record-panel-decision) form's answer. */
    public static Map<String, Object> verdict(String verdict, String comment) {
        return Map.of(Answers.VERDICT, verdict, Answers.COMMENT, comment);
    }
}
