package org.accolade.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.BakedImage;
import org.accolade.issuance.HostedCredentials;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.baking.SvgBaker.Standard;
import org.accolade.verification.VerificationRequest.UploadedFile;
import org.accolade.verification.VerificationRequest.Url;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Badges issued here, hosted and signed, through the verifier: every check passes, and a revocation is seen.
 * The verifier reads this server's documents from the issuance module (HostedLocalDocuments), not over HTTP.
 */
@SharedApplicationTest
class IssuedBadgeVerificationTest {

    @Autowired
    private VerificationService verifier;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private OpenBadgesUrls urls;
    @Autowired
    private HostedCredentials documents;

    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    private People people;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
    }

    @Test
    void aHostedBadgesBakedPngPassesEveryCheckWithItsHoldersEmail() {
        Member holder = people.fresh("Maya");
        IssuedBadge badge = issue(holder, "citoyen");

        VerificationReport report = verify(png(badge), holder.email());

        assertThat(report.checks()).as(report.toString()).extracting(VerificationReport.Check::name)
                .contains("found", "well-formed", "issuer-owns-badge", "recipient", "not-expired", "not-revoked");
        assertThat(report.checks()).allSatisfy(check -> assertThat(check.passed()).as(check.name()).isTrue());
        assertThat(report.verified()).isTrue();
        assertThat(report.recipientMatches()).isTrue();
        assertThat(report.badge().name()).isEqualTo("Citoyen");
        assertThat(report.issuer().name()).isEqualTo("Collège démo des Trois-Clochers");
    }

    @Test
    void aSignedBadgesBakedPngPassesTheSignatureCheck() {
        Member holder = people.fresh("Noe");
        IssuedBadge badge = issue(holder, "sentinelle");

        VerificationReport report = verify(png(badge), holder.email());

        assertThat(report.checks()).extracting(VerificationReport.Check::name).contains("signature");
        assertThat(report.checks()).allSatisfy(check -> assertThat(check.passed()).as(check.name()).isTrue());
        assertThat(report.verified()).isTrue();
    }

    @Test
    void theBakedSvgAndTheAssertionUrlVerifyToo() {
        Member holder = people.fresh("Olga");
        IssuedBadge badge = issue(holder, "solidaire");
        byte[] svg = assertions.bakedImage(badge.id(), Standard.OPEN_BADGES_2, BakedImage.SVG).orElseThrow().content();

        assertThat(verify(new UploadedFile(svg, "badge.svg", "image/svg+xml"), null).verified()).isTrue();
        assertThat(verifier.verify(new VerificationRequest(new Url(urls.assertion(badge.id())), holder.email(),
                Locale.ENGLISH)).verified()).isTrue();
    }

    @Test
    void anotherEmailOrARevocationIsReportedAndNotVerified() {
        Member holder = people.fresh("Paul");
        IssuedBadge hosted = issue(holder, "citoyen");
        IssuedBadge signed = issue(holder, "sentinelle");

        assertThat(verify(png(hosted), "someone.else@example.org").recipientMatches()).isFalse();
        people.as("admin", () -> assertions.revoke(hosted.id(), "Awarded by mistake."));
        people.as("admin", () -> assertions.revoke(signed.id(), "Awarded by mistake."));

        for (IssuedBadge badge : new IssuedBadge[] { hosted, signed }) {
            VerificationReport report = verify(png(badge), holder.email());
            assertThat(report.verified()).isFalse();
            assertThat(report.revoked()).isTrue();
            assertThat(report.firstFailure().orElseThrow().message()).contains("Awarded by mistake.");
        }
    }

    @Test
    void theOpenBadges3CredentialBakedAsJwtAndAtItsUrlPassesEveryCheckResolvedLocally() {
        Member holder = people.fresh("Quitterie");
        IssuedBadge badge = issue(holder, "citoyen");
        byte[] png = assertions.bakedImage(badge.id(), Standard.OPEN_BADGES_3, BakedImage.PNG).orElseThrow()
                .content();
        String jwt = documents.credentialJwt(badge.id()).orElseThrow();

        for (VerificationRequest.Source source : List.of(new UploadedFile(png, "badge.png", "image/png"),
                new VerificationRequest.Jws(jwt), new Url(urls.credential(badge.id())))) {
            VerificationReport report = verifier.verify(new VerificationRequest(source, holder.email(),
                    Locale.FRENCH));
            assertThat(report.verified()).as(report.toString()).isTrue();
            assertThat(report.checks()).extracting(VerificationReport.Check::name).contains("signature",
                    "recipient", "valid-from", "not-revoked");
            assertThat(report.issuer().id()).isEqualTo(urls.issuerDid(
                    badgeClasses.findByKey("citoyen").orElseThrow().issuerId().value()));
            assertThat(report.badge().name()).isEqualTo("Citoyen");
        }
    }

    @Test
    void aRevokedCredentialIsSeenThroughItsIssuersStatusList() {
        Member holder = people.fresh("Romane");
        IssuedBadge badge = issue(holder, "solidaire");
        people.as("admin", () -> assertions.revoke(badge.id(), "Awarded by mistake."));

        VerificationReport report = verifier.verify(new VerificationRequest(
                new Url(urls.credential(badge.id())), holder.email(), Locale.ENGLISH));

        assertThat(report.verified()).isFalse();
        assertThat(report.revoked()).isTrue();
        assertThat(report.firstFailure().orElseThrow().name()).isEqualTo("not-revoked");
    }

    private IssuedBadge issue(Member holder, String badgeKey) {
        return assertions.issue(IssueBadges.to(holder, badgeClasses.findByKey(badgeKey).orElseThrow().id())).badge();
    }

    private UploadedFile png(IssuedBadge badge) {
        byte[] png = assertions.bakedImage(badge.id(), Standard.OPEN_BADGES_2, BakedImage.PNG).orElseThrow().content();
        return new UploadedFile(png, "badge.png", "image/png");
    }

    private VerificationReport verify(UploadedFile file, String email) {
        return verifier.verify(new VerificationRequest(file, email, Locale.ENGLISH));
    }
}
