package org.accolade.community.ui;

import org.accolade.shared.DomainException;
import org.accolade.ui.Refusals;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/** A service's refusal, in the person's words, above the form; the field it concerns is marked too. */
class MemberProblem extends Paragraph {

    MemberProblem() {
        setVisible(false);
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
    }

    void show(DomainException refusal, HasValidation field) {
        String message = Refusals.text(this, refusal);
        setText(message);
        setVisible(true);
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    void clear(HasValidation field) {
        setText("");
        setVisible(false);
        if (field != null) {
            field.setInvalid(false);
        }
    }
}
