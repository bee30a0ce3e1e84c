package org.accolade.nomination.ui;

import java.time.ZoneId;

import org.accolade.nomination.RecognitionTaskContext;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.tasks.TaskContextPanel;
import org.springframework.stereotype.Component;

/** Beside a recognition task's form, in the task screen: {@link RecognitionTaskSection}. */
@Component
class RecognitionTaskPanel implements TaskContextPanel<RecognitionTaskContext> {

    @Override
    public String processKey() {
        return RecognitionContract.PROCESS_KEY;
    }

    @Override
    public Class<RecognitionTaskContext> contextType() {
        return RecognitionTaskContext.class;
    }

    @Override
    public com.vaadin.flow.component.Component render(RecognitionTaskContext context, ZoneId zone) {
        return new RecognitionTaskSection(context, zone);
    }
}
