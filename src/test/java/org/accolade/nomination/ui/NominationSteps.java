package org.accolade.nomination.ui;

import java.util.Map;

import org.accolade.People;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.SubmitNomination;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;

/** Moves nominations along through the services, as the people concerned, so that screens have something to show. */
public final class NominationSteps {

    public static final String NARRATIVE = "Ran the school council all year and organised two public debates.";

    private final People people;
    private final NominationService nominations;
    private final TaskListService tasks;
    private final BadgeClassService badgeClasses;

    public NominationSteps(People people, NominationService nominations, TaskListService tasks,
            BadgeClassService badgeClasses) {
        this.people = people;
        this.nominations = nominations;
        this.tasks = tasks;
        this.badgeClasses = badgeClasses;
    }

    public NominationDetails nominate(String nominator, Member nominee, String badgeKey) {
        return nominate(nominator, nominee.email(), nominee.name(), badgeKey);
    }

    public NominationDetails nominate(String nominator, String email, String name, String badgeKey) {
        return people.as(nominator, () -> nominations.submit(new SubmitNomination(badgeId(badgeKey), email, name,
                NARRATIVE, NominationKind.NOMINATION)));
    }

    public String badgeId(String key) {
        return badgeClasses.findByKey(key).orElseThrow().id().toString();
    }

    public void complete(String login, NominationDetails nomination, String taskKey, Map<String, ?> values) {
        String taskId = task(login, nomination, taskKey).id();
        people.as(login, () -> tasks.complete(taskId, values));
    }

    public TaskSummary task(String login, NominationDetails nomination, String taskKey) {
        return people.as(login, () -> tasks.mine()).stream()
                .filter(task -> nomination.id().toString().equals(task.nominationId())
                        && task.taskDefinitionKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new AssertionError(login + " has no " + taskKey));
    }
}
