package org.accolade;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.SubmitNomination;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;

/** Takes nominations to the stage a screen test needs, through the services, as the people concerned. */
public final class Recognitions {

    public static final String NARRATIVE = "Ran the school council all year and organised two public debates.";
    public static final String EVIDENCE = "Minutes of every council meeting, and the debates' programmes.";

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
        return people.as(nominator, () -> nominations.submit(new SubmitNomination(badgeId(badgeKey), email, name,
                NARRATIVE, NominationKind.NOMINATION)));
    }

    public String badgeId(String key) {
        return badgeClasses.findByKey(key).orElseThrow().id().toString();
    }

    public String badgeName(String key) {
        return badgeClasses.findByKey(key).orElseThrow().name();
    }

    public void accept(Member nominee, NominationDetails nomination) {
        complete(nominee.email(), nomination, "Task_AcceptNomination",
                Map.of("decision", "accept", "publicConsent", true, "message", "Thank you!"));
    }

    public void submitEvidence(Member nominee, NominationDetails nomination) {
        complete(nominee.email(), nomination, "Task_SubmitEvidence", Map.of("narrative", EVIDENCE,
                "items", List.of(Map.of("name", "Council minutes", "url", "https://example.org/minutes.pdf",
                        "description", "Signed by the head teacher"))));
    }

    /** Accepted, with evidence: waiting for the jury. */
    public NominationDetails underReview(String nominator, Member nominee, String badgeKey) {
        NominationDetails nomination = nominate(nominator, nominee, badgeKey);
        accept(nominee, nomination);
        submitEvidence(nominee, nomination);
        return nomination;
    }

    public void vote(String juror, NominationDetails nomination, String verdict, String comment) {
        complete(juror, nomination, "Task_ReviewNomination", Map.of("verdict", verdict, "comment", comment));
    }

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
}
