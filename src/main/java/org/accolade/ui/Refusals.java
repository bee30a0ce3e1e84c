package org.accolade.ui;

import org.accolade.shared.DomainException;

import com.vaadin.flow.component.Component;

/**
 * A service's refusal in the person's words: the bundles' {@code problem.<code>}, the same words as the API's problem
 * details for the same refusal.
 */
public final class Refusals {

    private Refusals() {
    }

    public static String text(Component owner, DomainException refusal) {
        return text(owner, refusal.code(), refusal.arguments().toArray());
    }

    /** For a refusal that is not a {@link DomainException} but has a code of the same scheme. */
    public static String text(Component owner, String code, Object... arguments) {
        return owner.getTranslation("problem." + code, arguments);
    }
}
