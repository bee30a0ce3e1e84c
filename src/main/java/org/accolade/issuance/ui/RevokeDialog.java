package org.accolade.issuance.ui;

import org.accolade.issuance.AssertionService;
import org.accolade.issuance.AssertionSummary;
import org.accolade.shared.DomainException;
import org.accolade.ui.Notices;
import org.accolade.ui.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks why a badge is revoked, since its holder is told, and revokes it. The service decides what it accepts; its
 * refusal shows on the reason when it is about the reason, above the form otherwise.
 */
class RevokeDialog extends Dialog {

    final TextArea reason = new TextArea();
    private final Paragraph problem = new Paragraph();

    RevokeDialog(AssertionService assertions, AssertionSummary badge, Runnable afterRevoke) {
        setHeaderTitle(getTranslation("badges.revoke.title", badge.badgeName(), badge.recipientName()));
        reason.setLabel(getTranslation("badges.revoke.reason"));
        reason.setHelperText(getTranslation("badges.revoke.reason.helper"));
        reason.setRequiredIndicatorVisible(true);
        // the service's own limit, so that the admin cannot type past it; the service still decides
        reason.setMaxLength(AssertionService.MAX_REASON);
        reason.setWidthFull();
        problem.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");

        Button confirm = new Button(getTranslation("badges.revoke.confirm"), click -> {
            try {
                assertions.revoke(badge.id(), reason.getValue());
            } catch (DomainException refusal) {
                show(refusal);
                return;
            }
            close();
            Notices.done(getTranslation("badges.revoke.done", badge.badgeName(), badge.recipientName()));
            afterRevoke.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(problem, reason);
        getFooter().add(new Button(getTranslation("badges.revoke.cancel"), click -> close()), confirm);
        setWidth("min(100%, 32em)");
    }

    private void show(DomainException refusal) {
        String message = Refusals.text(this, refusal);
        boolean aboutReason = "reason".equals(refusal.field());
        reason.setErrorMessage(aboutReason ? message : null);
        reason.setInvalid(aboutReason);
        problem.setText(message);
        problem.setVisible(!aboutReason);
    }
}
