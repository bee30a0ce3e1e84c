package org.accolade.issuance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class LinkedInCertificationTest {

    private static final String PAGE = "https://badges.example.org/badges/3f0c2a9e-6a53-4b8e-9d1e-2f4b5c6d7e8f";

    @Test
    void everyValueIsEncodedAndTheDatesAreSplitIntoYearAndMonth() {
        String url = LinkedInCertification.addToProfileUrl("Expert numérique & co", "Réseau démo",
                YearMonth.of(2026, 3), YearMonth.of(2028, 11), PAGE + "?x=1", "3f0c2a9e");

        assertThat(url).isEqualTo("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                + "&name=Expert%20num%C3%A9rique%20%26%20co&organizationName=R%C3%A9seau%20d%C3%A9mo"
                + "&issueYear=2026&issueMonth=3&expirationYear=2028&expirationMonth=11"
                + "&certUrl=https%3A%2F%2Fbadges.example.org%2Fbadges%2F3f0c2a9e-6a53-4b8e-9d1e-2f4b5c6d7e8f%3Fx%3D1"
                + "&certId=3f0c2a9e");
    }

    @Test
    void aBadgeThatDoesNotExpireHasNoExpiration() {
        String url = LinkedInCertification.addToProfileUrl("Citoyen", "Réseau", YearMonth.of(2026, 12), null,
                PAGE, "id");

        assertThat(url).contains("&issueYear=2026&issueMonth=12&certUrl=").doesNotContain("expiration");
    }
}
