package org.accolade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.accolade.People;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.OpenBadgesUrls;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The holder's Open Badges 3.0 credential in Chromium: offered on the badge's public page next to the 2.0 badge,
 * then checked by a stranger on /verify, who pastes its address and the holder's email.
 */
class OpenBadges3JourneyTest extends BrowserTest {

    @Autowired
    private AssertionService assertions;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private OpenBadgesUrls urls;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    @Test
    void aStrangerFindsTheCredentialOnTheBadgesPageAndVerifiesIt() {
        Member holder = new People(members, users).fresh("Hélène");
        IssuedBadge badge = assertions.issue(IssueBadges.to(holder,
                badgeClasses.findByKey("citoyen").orElseThrow().id())).badge();
        open("en");

        go("/badges/" + badge.id());
        assertThat(waitFor(By.id("badge-credential")).getText()).contains("Open Badges 3.0", "Credential 3.0 (JSON)",
                "Credential 3.0 (VC-JWT)", "Download the badge 3.0 (PNG)");
        assertThat(waitFor(By.linkText("Credential 3.0 (JSON)")).getAttribute("href"))
                .endsWith("/ob/v3/credentials/" + badge.id());
        screenshot("badge-en");

        go("/verify");
        fill("Or paste the assertion or credential (JSON), the JWS or VC-JWT, or the URL", urls.credential(badge.id()));
        fill("Recipient email (optional)", holder.email());
        press("Verify");

        assertThat(waitFor(By.id("verdict")).getText()).isEqualTo("Verified");
        assertThat(waitFor(By.id("checks")).getText()).contains("eddsa-rdfc-2022", holder.email());
        screenshot("verify-ob3-en");
    }
}
