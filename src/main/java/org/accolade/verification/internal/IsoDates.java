package org.accolade.verification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ISO 8601 dates of Open Badges 2.0: with an offset as the specification asks, and also without one (read as
 * UTC) or date only, as some issuers write them.
 */
final class IsoDates {

    private static final List<Function<String, Instant>> FORMS = List.of(
            text -> OffsetDateTime.parse(text).toInstant(),
            text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));

    private IsoDates() {
    }

    static Optional<Instant> parse(String text) {
        for (Function<String, Instant> form : FORMS) {
            try {
                return Optional.of(form.apply(text));
            } catch (DateTimeParseException notThisForm) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }
}
