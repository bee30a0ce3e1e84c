package org.accolade.nomination.internal;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.Deadlines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts {@code recognition.bpmn}: one instance per nomination, whose business key is the nomination id. */
@Component
public class RecognitionProcess {

    static final String PROCESS_KEY = "recognition";

    private final RuntimeService runtime;

    RecognitionProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** The badge class's rules travel as primitives: the engine keeps ids and durations, Accolade the data. */
    public void start(Nomination nomination, BadgeClass badgeClass) {
        Deadlines deadlines = badgeClass.deadlines();
        runtime.startProcessInstanceByKey(PROCESS_KEY, nomination.id().toString(), Variables.createVariables()
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
