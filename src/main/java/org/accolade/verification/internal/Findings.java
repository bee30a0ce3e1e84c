package org.accolade.verification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.accolade.verification.VerificationReport;
import org.accolade.verification.VerificationReport.BadgeSummary;
import org.accolade.verification.VerificationReport.Check;
import org.accolade.verification.VerificationReport.IssuerSummary;

/** What one verification has found so far, check by check. */
public final class Findings {

    public static final String FOUND = "found";
    public static final String WELL_FORMED = "well-formed";
    public static final String ISSUER_OWNS_BADGE = "issuer-owns-badge";
    public static final String RECIPIENT = "recipient";
    public static final String NOT_EXPIRED = "not-expired";
    public static final String NOT_REVOKED = "not-revoked";
    public static final String SIGNATURE = "signature";
    /** Open Badges 3.0: the credential's validFrom has come. */
    public static final String VALID_FROM = "valid-from";
    /** Open Badges 3.0: one endorsement embedded in the credential. */
    public static final String ENDORSEMENT = "endorsement";
    /** Only on a defect of the verifier itself, never for a badge, however broken. */
    public static final String ERROR = "error";

    /** Stops a verification whose next checks would make no sense; the failure is already recorded. */
    static final class Halt extends RuntimeException {
        private Halt() {
            super(null, null, false, false);
        }
    }

    private record Entry(String name, boolean passed, Message message) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private boolean revoked;
    private boolean expired;
    private Boolean recipientMatches;
    private BadgeSummary badge;
    private IssuerSummary issuer;

    void pass(String check, String code, Object... arguments) {
        entries.add(new Entry(check, true, new Message(code, arguments)));
    }

    void fail(String check, String code, Object... arguments) {
        entries.add(new Entry(check, false, new Message(code, arguments)));
    }

    /** Records a failure and returns the {@link Halt} to throw: {@code throw findings.halt(...)}. */
    Halt halt(String check, String code, Object... arguments) {
        fail(check, code, arguments);
        return new Halt();
    }

    Halt halt(String check, Message message) {
        return halt(check, message.code(), message.arguments());
    }

    /** What {@code attempt} gives, or, when it is refused, that refusal recorded as a failed {@code check}: a halt. */
    <T> T require(String check, Refusal.Attempt<T> attempt) {
        try {
            return attempt.get();
        } catch (Refusal refusal) {
            throw halt(check, refusal.message());
        }
    }

    void revoked() {
        revoked = true;
    }

    void expired() {
        expired = true;
    }

    void recipientMatches(boolean matches) {
        recipientMatches = matches;
    }

    void badge(BadgeSummary summary) {
        badge = summary;
    }

    void issuer(IssuerSummary summary) {
        issuer = summary;
    }

    public VerificationReport report(Function<Message, String> words) {
        List<Check> checks = entries.stream()
                .map(entry -> new Check(entry.name(), entry.passed(), words.apply(entry.message()))).toList();
        boolean verified = !checks.isEmpty() && checks.stream().allMatch(Check::passed);
        return new VerificationReport(verified, revoked, expired, checks, badge, issuer, recipientMatches);
    }
}
