package org.accolade.verification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.accolade.verification.VerificationReport.Check;

/** Reading a report the way the tests assert on it. */
final class Reports {

    private Reports() {
    }

    /** Each check's name and whether it passed, in the order the checks were made (a name may repeat). */
    static Map<String, Boolean> passed(VerificationReport report) {
        return report.checks().stream().collect(Collectors.toMap(Check::name, Check::passed, (a, b) -> a && b,
                LinkedHashMap::new));
    }

    /** "name: message" of the first failed check. */
    static String failure(VerificationReport report) {
        Check failed = report.firstFailure().orElseThrow(() -> new AssertionError("nothing failed: " + report));
        return failed.name() + ": " + failed.message();
    }
}
