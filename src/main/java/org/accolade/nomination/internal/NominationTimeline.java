package org.accolade.nomination.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.accolade.nomination.NominationId;
import org.accolade.nomination.TimelineEntry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** "Where is my nomination?": the steps its process went through, as the engine's history records them. */
@Component
public class NominationTimeline {

    /** What a person recognises as a step: tasks, timers, the decision and the ends; not gateways. */
    private static final Set<String> STEPS = Set.of("startEvent", "userTask", "serviceTask", "businessRuleTask",
            "boundaryTimer", "boundaryMessage", "noneEndEvent");

    private final HistoryService history;

    NominationTimeline(HistoryService history) {
        this.history = history;
    }

    public List<TimelineEntry> of(NominationId nomination) {
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.toString())
                .processDefinitionKey(RecognitionContract.PROCESS_KEY).singleResult();
        if (process == null) {
            return List.of();
        }
        return history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(step -> STEPS.contains(step.getActivityType()))
                .map(NominationTimeline::entry).toList();
    }

    /**
     * The steps as this person may see them: its nominee and nominator see one review step per round, not one
     * per juror, so that they cannot count the votes before the outcome (ADR 14).
     */
    public List<TimelineEntry> of(NominationId nomination, boolean involved) {
        List<TimelineEntry> steps = of(nomination);
        return involved ? oneReviewStepPerRound(steps) : steps;
    }

    /** A round's review tasks start together, so they follow each other in the timeline. */
    private static List<TimelineEntry> oneReviewStepPerRound(List<TimelineEntry> steps) {
        List<TimelineEntry> shown = new ArrayList<>();
        for (TimelineEntry step : steps) {
            TimelineEntry previous = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            if (previous != null && isVote(previous) && isVote(step)) {
                shown.set(shown.size() - 1, new TimelineEntry(previous.at(), previous.activityId(), previous.name(),
                        laterEnd(previous.ended(), step.ended())));
            } else {
                shown.add(step);
            }
        }
        return shown;
    }

    private static boolean isVote(TimelineEntry step) {
        return RecognitionContract.REVIEW_NOMINATION.equals(step.activityId());
    }

    /** The round's review ended when its last task did. */
    private static Instant laterEnd(Instant one, Instant other) {
        return one == null || other == null ? null : one.isAfter(other) ? one : other;
    }

    private static TimelineEntry entry(HistoricActivityInstance step) {
        return new TimelineEntry(step.getStartTime().toInstant(), step.getActivityId(), step.getActivityName(),
                step.getEndTime() == null ? null : step.getEndTime().toInstant());
    }
}
