package org.accolade.verification.internal;

/**
 * Why a document or a proof is not accepted, as the message the report gives. Thrown by the parts that several checks
 * share (fetching, resolving a key, checking a proof), so that each caller reports it under its own check, or inside
 * its own sentence.
 */
final class Refusal extends Exception {

    private final transient Message message;

    Refusal(String code, Object... arguments) {
        super(code, null, false, false);
        this.message = new Message(code, arguments);
    }

    Message message() {
        return message;
    }

    /** Something that either gives a {@code T} or says why not. */
    @FunctionalInterface
    interface Attempt<T> {
        T get() throws Refusal;
    }
}
