package org.accolade.tasks.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accolade.People;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.SubmitNomination;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;

/** Takes nominations to the stage a screen test needs, through the services, as the people concerned. */
final class Recognitions {

    static final String NARRATIVE = "Ran the school council all year and organised two public debates.";
    static final String EVIDENCE = "Minutes of every council meeting, and the debates' programmes.";

    private final People people;
    private final NominationService nominations;
    private final TaskListService taskList;
    private final BadgeClassService badgeClasses;

    Recognitions(People people, NominationService nominations, TaskListService taskList,
            BadgeClassService badgeClasses) {
        this.people = people;
        this.nominations = nominations;
        this.taskList = taskList;
        this.badgeClasses = badgeClasses;
    }

    /** A fresh member with a name no other test uses, so that rows can be told apart by it. */
    Member nominee() {
        return people.fresh("Nominee-" + UUID.randomUUID().toString().substring(0, 8));
    }

    NominationDetails nominate(String nominator, Member nominee, String badgeKey) {
        return people.as(nominator, () -> nominations.submit(new SubmitNomination(badgeId(badgeKey),
                nominee.email(), nominee.name(), NARRATIVE, NominationKind.NOMINATION)));
    }

    String badgeId(String key) {
        return badgeClasses.findByKey(key).orElseThrow().id().toString();
    }

    String badgeName(String key) {
        return badgeClasses.findByKey(key).orElseThrow().name();
    }

    void accept(Member nominee, NominationDetails nomination) {
        complete(nominee.email(), nomination, "Task_AcceptNomination",
                Map.of("decision", "accept", "publicConsent", true, "message", "Thank you!"));
    }

    void submitEvidence(Member nominee, NominationDetails nomination) {
        complete(nominee.email(), nomination, "Task_SubmitEvidence", Map.of("narrative", EVIDENCE,
                "items", List.of(Map.of("name", "Council minutes", "url", "https://example.org/minutes.pdf",
                        "description", "Signed by the head teacher"))));
    }

    /** Accepted, with evidence: waiting for the jury. */
    NominationDetails underReview(String nominator, Member nominee, String badgeKey) {
        NominationDetails nomination = nominate(nominator, nominee, badgeKey);
        accept(nominee, nomination);
        submitEvidence(nominee, nomination);
        return nomination;
    }

    void vote(String juror, NominationDetails nomination, String verdict, String comment) {
        complete(juror, nomination, "Task_ReviewNomination", Map.of("verdict", verdict, "comment", comment));
    }

    void complete(String login, NominationDetails nomination, String taskKey, Map<String, ?> values) {
        String taskId = taskOf(login, nomination, taskKey).id();
        people.as(login, () -> taskList.complete(taskId, values));
    }

    TaskSummary taskOf(String login, NominationDetails nomination, String taskKey) {
        return tasksOf(login, nomination).stream().filter(task -> task.taskDefinitionKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new AssertionError(login + " has no " + taskKey));
    }

    /** Assigned to this person or offered to them, for this nomination. */
    List<TaskSummary> tasksOf(String login, NominationDetails nomination) {
        return people.as(login, () -> taskList.mine()).stream()
                .filter(task -> task.nominationId().equals(nomination.id().toString())).toList();
    }
}
