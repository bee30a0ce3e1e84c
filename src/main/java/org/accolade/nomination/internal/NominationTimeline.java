package org.accolade.nomination.internal;

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
            "boundaryTimer", "noneEndEvent");

    private final HistoryService history;

    NominationTimeline(HistoryService history) {
        this.history = history;
    }

    public List<TimelineEntry> of(NominationId nomination) {
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.toString())
                .processDefinitionKey(RecognitionProcess.PROCESS_KEY).singleResult();
        if (process == null) {
            return List.of();
        }
        return history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(step -> STEPS.contains(step.getActivityType()))
                .map(NominationTimeline::entry).toList();
    }

    private static TimelineEntry entry(HistoricActivityInstance step) {
        return new TimelineEntry(step.getStartTime().toInstant(), step.getActivityId(), step.getActivityName(),
                step.getEndTime() == null ? null : step.getEndTime().toInstant());
    }
}
