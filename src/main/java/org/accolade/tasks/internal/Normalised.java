package org.accolade.tasks.internal;

/** A submitted value made ready to check and store, or the reason it could not be. */
record Normalised(Object value, ErrorCode error) {

    static final Normalised ABSENT = new Normalised(null, null);

    static Normalised of(Object value) {
        return new Normalised(value, null);
    }

    static Normalised failed(ErrorCode error) {
        return new Normalised(null, error);
    }

    boolean failed() {
        return error != null;
    }
}
