package org.accolade.nomination.ui;

import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationStage;
import org.accolade.nomination.NominationStatus;

import com.vaadin.flow.component.Component;

/** How the member screens word a nomination's state, in the person's language (its dates: {@code PersonalTime}). */
final class Wording {

    private final Component screen;

    Wording(Component screen) {
        this.screen = screen;
    }

    String status(NominationStatus status) {
        return screen.getTranslation("nomination.status." + status);
    }

    String kind(NominationKind kind) {
        return screen.getTranslation("nomination.kind." + kind);
    }

    String stage(NominationStage stage) {
        return screen.getTranslation("nomination.stage." + stage);
    }

    /** Where it stands: the stage while it is in progress, how it ended afterwards. */
    String standing(NominationStatus status, NominationStage stage) {
        return status == NominationStatus.IN_PROGRESS ? stage(stage) : status(status);
    }
}
