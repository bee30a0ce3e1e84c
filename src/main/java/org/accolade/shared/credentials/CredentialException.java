package org.accolade.shared.credentials;

/**
 * A credential that cannot be processed as the standards ask, with a reason a verifier reports and an issuer treats
 * as a defect: a context that is not one of the official copies, a term no context defines, a malformed proof.
 */
public class CredentialException extends Exception {

    public enum Reason { NOT_JSON_LD, UNKNOWN_CONTEXT, UNDEFINED_TERM, MALFORMED_PROOF, BAD_KEY }

    private final Reason reason;

    public CredentialException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CredentialException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
