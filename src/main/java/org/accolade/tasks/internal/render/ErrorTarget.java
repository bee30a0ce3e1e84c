package org.accolade.tasks.internal.render;

/** Where one field's message shows: the field itself, or the foot of a dynamic list for the list's own errors. */
public interface ErrorTarget {

    void showError(String message);

    void clearError();

    /** Takes the keyboard focus, so that the person lands on what to correct. */
    void focus();
}
