package org.accolade.catalog.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.accolade.catalog.Alignment;
import org.accolade.shared.DomainException;
import org.springframework.data.relational.core.mapping.Table;

/** One alignment of a badge class as stored; its place in the list is the row's position. */
@Table("badge_class_alignment")
record AlignmentRow(String targetName, String targetUrl, String targetDescription, String targetFramework,
        String targetCode) {

    private static final String FIELD = "alignments";

    /**
     * The alignments checked and trimmed, blank optional parts dropped; a refusal names the field, as in
     * {@code alignments[2].targetUrl}.
     */
    static List<AlignmentRow> of(List<Alignment> alignments) {
        if (alignments.size() > Alignment.COUNT_MAX) {
            throw DomainException.invalid("badge-class.alignments.too-many", FIELD, Alignment.COUNT_MAX);
        }
        List<AlignmentRow> rows = new ArrayList<>();
        for (int i = 0; i < alignments.size(); i++) {
            rows.add(of(alignments.get(i), FIELD + "[" + i + "]."));
        }
        return rows;
    }

    private static AlignmentRow of(Alignment alignment, String prefix) {
        return new AlignmentRow(
                BadgeClassRow.text(alignment.targetName(), prefix + "targetName", Alignment.NAME_MAX),
                httpUrl(alignment.targetUrl(), prefix + "targetUrl"),
                optional(alignment.targetDescription(), prefix + "targetDescription", Alignment.DESCRIPTION_MAX),
                optional(alignment.targetFramework(), prefix + "targetFramework", Alignment.FRAMEWORK_MAX),
                optional(alignment.targetCode(), prefix + "targetCode", Alignment.CODE_MAX));
    }

    /** Badge consumers follow the link: only an absolute web address with a host is of use to them. */
    private static String httpUrl(String value, String field) {
        String url = BadgeClassRow.text(value, field, Alignment.URL_MAX);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAUri) {
            // refused below, like any other address that is not a web page's
        }
        throw DomainException.invalid("badge-class.alignment.url", field);
    }

    private static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : BadgeClassRow.text(value, field, max);
    }

    Alignment toAlignment() {
        return new Alignment(targetName, targetUrl, targetDescription, targetFramework, targetCode);
    }
}
