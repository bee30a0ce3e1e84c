package org.accolade.nomination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.accolade.shared.PublicLinks;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * When issuing a badge has failed on every retry, Camunda raises an incident and the badge waits for a person: the
 * operators are told by email, once per incident, with the ids they need in Cockpit and no personal data. The
 * engine's own failed-job handler still creates the incident; this one wraps it.
 */
@Component
class IssuanceIncidentAlert extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(IssuanceIncidentAlert.class);

    private final ObjectProvider<MailOutbox> outbox;
    private final PublicLinks links;

    /** The outbox is looked up when an incident happens: the engine is built before most beans. */
    IssuanceIncidentAlert(ObjectProvider<MailOutbox> outbox, PublicLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<IncidentHandler> handlers = new ArrayList<>();
        if (configuration.getCustomIncidentHandlers() != null) {
            handlers.addAll(configuration.getCustomIncidentHandlers());
        }
        handlers.add(new AlertingHandler());
        configuration.setCustomIncidentHandlers(handlers);
    }

    private void alert(Incident incident, IncidentContext context) {
        ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                .findExecutionById(context.getExecutionId());
        String nominationId = execution == null ? "" : String.valueOf(execution.getProcessBusinessKey());
        log.error("Issuing a badge failed for good: incident {}, process instance {}, nomination {}",
                incident.getId(), incident.getProcessInstanceId(), nominationId);
        // In the engine's transaction: the mail exists exactly when the incident does.
        outbox.getObject().alertOperators(MailTemplate.ISSUANCE_INCIDENT, Map.of(
                "incidentId", incident.getId(),
                "processInstanceId", incident.getProcessInstanceId(),
                "nominationId", nominationId,
                "cockpitUrl", links.cockpitProcessInstance(incident.getProcessInstanceId())));
    }

    /** Camunda's failed-job handler, plus the alert for the issuance task. */
    private final class AlertingHandler extends DefaultIncidentHandler {

        AlertingHandler() {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            Incident incident = super.handleIncident(context, message);
            if (RecognitionContract.ISSUE_BADGE.equals(context.getActivityId()) && incident != null) {
                alert(incident, context);
            }
            return incident;
        }
    }
}
