package org.accolade.issuance.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * LinkedIn's "add a certification" link, prefilled with the badge: the holder lands on their profile's form with
 * the name, the issuer, the dates and the address of the badge's public page already typed in.
 */
final class LinkedInCertification {

    private static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";

    private LinkedInCertification() {
    }

    /** {@code expires} is null for a badge that does not expire; LinkedIn then shows no expiry. */
    static String addToProfileUrl(String badgeName, String issuerName, YearMonth issued, YearMonth expires,
            String pageUrl, String assertionId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("startTask", "CERTIFICATION_NAME");
        parameters.put("name", badgeName);
        parameters.put("organizationName", issuerName);
        parameters.put("issueYear", String.valueOf(issued.getYear()));
        parameters.put("issueMonth", String.valueOf(issued.getMonthValue()));
        if (expires != null) {
            parameters.put("expirationYear", String.valueOf(expires.getYear()));
            parameters.put("expirationMonth", String.valueOf(expires.getMonthValue()));
        }
        parameters.put("certUrl", pageUrl);
        parameters.put("certId", assertionId);
        return ADD_TO_PROFILE + "?" + parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Spaces as %20 rather than +: both are read as a space in a query, %20 also by the less careful. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
