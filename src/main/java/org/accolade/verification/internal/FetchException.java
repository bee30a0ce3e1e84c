package org.accolade.verification.internal;

/** A document that could not be fetched, and why, in terms a person handing a badge in can be told. */
public class FetchException extends Exception {

    public enum Reason {
        INVALID_URL, UNSUPPORTED_SCHEME, USERINFO, UNKNOWN_HOST, FORBIDDEN_ADDRESS, NOT_FOUND, UNREACHABLE, TIMEOUT,
        TOO_LARGE, TOO_MANY_REDIRECTS, REDIRECT_LOOP, HTTP_STATUS
    }

    private final Reason reason;
    private final String url;
    private final int status;

    public FetchException(Reason reason, String url) {
        this(reason, url, 0, null);
    }

    public FetchException(Reason reason, String url, int status, Throwable cause) {
        super(reason + " " + url + (status == 0 ? "" : " (" + status + ")"), cause);
        this.reason = reason;
        this.url = url;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    public String url() {
        return url;
    }

    /** The HTTP status of an {@link Reason#HTTP_STATUS} refusal, 0 otherwise. */
    public int status() {
        return status;
    }
}
