package org.accolade.issuance;

/** A hosted Open Badges document and the HTTP status it is served with (200, or 410 for a revoked assertion). */
public record HostedDocument(int status, String json) {

    public static final int OK = 200;
    public static final int GONE = 410;

    static HostedDocument ok(String json) {
        return new HostedDocument(OK, json);
    }
}
