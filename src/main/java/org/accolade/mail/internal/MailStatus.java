package org.accolade.mail.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a message stands: QUEUED until a dispatcher claims it (SENDING), then SENT, or FAILED once it has been
 * retried for the whole give-up period, or CANCELLED when the single-use link it carries can no longer be used.
 */
public enum MailStatus {
    QUEUED, SENDING, SENT, FAILED, CANCELLED;

    public static MailStatus parse(String status) {
        try {
            return valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown mail status '" + status + "', expected one of " + Arrays.toString(values()), e);
        }
    }
}
