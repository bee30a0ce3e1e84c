package org.accolade.ui;

import org.accolade.shared.DomainException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * What an action came to, said briefly and out of the way: a success in green at the bottom, a failure in red in the
 * middle of the screen and a little longer, since the person has to read it to go on.
 */
public final class Notices {

    private static final int DONE_MILLIS = 5000;
    private static final int FAILED_MILLIS = 6000;

    private Notices() {
    }

    public static void done(String message) {
        open(message, DONE_MILLIS, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_SUCCESS);
    }

    public static void failed(String message) {
        open(message, FAILED_MILLIS, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    /** A service's refusal, in the words of {@link Refusals}. */
    public static void refused(Component owner, DomainException refusal) {
        failed(Refusals.text(owner, refusal));
    }

    private static void open(String message, int millis, Notification.Position position,
            NotificationVariant variant) {
        Notification notice = new Notification(message, millis, position);
        notice.addThemeVariants(variant);
        notice.open();
    }
}
