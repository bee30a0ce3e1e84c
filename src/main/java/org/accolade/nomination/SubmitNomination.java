package org.accolade.nomination;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a member submits with the {@code nominate} or {@code request-badge} form, as received. */
public record SubmitNomination(String badgeClassId, String nomineeEmail, String nomineeName, String narrative,
        NominationKind kind) {

    public String formId() {
        return kind == NominationKind.NOMINATION ? "nominate" : "request-badge";
    }

    /** The values under the form's field keys; a request has no nominee fields. */
    public Map<String, Object> formValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("badgeClassId", badgeClassId);
        if (kind == NominationKind.NOMINATION) {
            values.put("nomineeEmail", nomineeEmail);
            values.put("nomineeName", nomineeName);
        }
        values.put("narrative", narrative);
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
