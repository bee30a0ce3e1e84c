package org.accolade.verification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.IssuerService;
import org.accolade.catalog.TestImages;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.shared.images.ImageUpload;
import org.accolade.ui.KaribuTest;
import org.accolade.verification.BadgeServer;
import org.accolade.verification.LoopbackIssuer;
import org.accolade.verification.TestBadges;
import org.accolade.verification.TestCredentials;
import org.accolade.verification.TestCredentials.Issuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** The public verification page, used by someone not signed in, in French. */
@Import(LoopbackIssuer.class)
class VerifyViewTest extends KaribuTest {

    private final BadgeServer server = BadgeServer.start();
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private IssuerService organisations;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private OpenBadgesUrls urls;
    private final TestBadges badges = new TestBadges(server).publishIssuer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aPastedAssertionIsVerifiedAndEachCheckIsShownInWords() {
        server.json("/assertions/1", badges.hosted("/assertions/1"));
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("verify");

        _setValue(_get(TextArea.class), badges.hosted("/assertions/1").toString());
        _click(_get(Button.class, spec -> spec.withText("Vérifier")));

        assertThat(_get(H2.class, spec -> spec.withId("verdict")).getText()).isEqualTo("Vérifié");
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getTextRecursively().strip())
                .contains("Réussi · Trouvé — L’assertion a été obtenue auprès de son émetteur à "
                        + badges.url("/assertions/1") + ".")
                .contains("Réussi · Non révoqué — L’émetteur n’a pas révoqué le badge.")
                .hasSize(5);
    }

    @Test
    void aBadgeOfAnOrganisationOfTheNetworkIsShownWithItsLogo() {
        BadgeClass tutorat = badgeClasses.findByKey("tutorat").orElseThrow();
        people.as("ursula", () -> organisations.uploadLogo(tutorat.issuerId(),
                new ImageUpload("logo.png", "image/png", TestImages.png())));
        IssuedBadge badge = assertions.issue(IssueBadges.to(people.fresh("Vera"), tutorat.id())).badge();
        UI.getCurrent().navigate("verify");

        _setValue(_get(TextArea.class), urls.assertion(badge.id()));
        _click(_get(Button.class, spec -> spec.withText("Verify")));

        assertThat(_get(H2.class, spec -> spec.withId("verdict")).getText()).isEqualTo("Verified");
        Image logo = _get(Image.class, spec -> spec.withId("verify-issuer-logo"));
        assertThat(logo.getSrc()).startsWith("/api/v1/issuers/" + tutorat.issuerId() + "/logo");
        assertThat(logo.getAlt()).hasValue("Logo of Université démo");
    }

    @Test
    void aBadgeThatFailsSaysNotVerifiedBecauseOfTheFirstFailedCheck() {
        server.json("/assertions/1", badges.hosted("/assertions/1").put("expires", "2020-01-01T00:00:00Z"));
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("verify");

        _setValue(_get(TextArea.class), badges.url("/assertions/1"));
        _click(_get(Button.class, spec -> spec.withText("Vérifier")));

        assertThat(_get(H2.class, spec -> spec.withId("verdict")).getText())
                .isEqualTo("Non vérifié, car : Le badge a expiré le 1 janvier 2020.");
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getTextRecursively().strip())
                .contains("Échoué · Non expiré — Le badge a expiré le 1 janvier 2020.");
    }

    @Test
    void aPastedOpenBadges3CredentialIsVerifiedWithItsOwnChecksAndCriteriaInWords() {
        Issuer issuer = TestCredentials.didKeyIssuer("Collège des Trois-Clochers");
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("verify");

        _setValue(_get(TextArea.class), TestCredentials.sign(TestCredentials.credential(issuer), issuer).toString());
        _click(_get(Button.class, spec -> spec.withText("Vérifier")));

        assertThat(_get(H2.class, spec -> spec.withId("verdict")).getText()).isEqualTo("Vérifié");
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getTextRecursively().strip())
                .contains("Réussi · Valide depuis — L’attestation est valable depuis le 15 janvier 2026.");
        assertThat(_find(Paragraph.class)).extracting(paragraph -> paragraph.getElement().getTextRecursively())
                .contains("Critères : Took part in the school council for a year.", "Collège des Trois-Clochers");
    }

    @Test
    void textThatIsNoBadgeIsAVerdictToo() {
        UI.getCurrent().navigate("verify");

        _setValue(_get(TextArea.class), "hello");
        _click(_get(Button.class, spec -> spec.withText("Verify")));

        assertThat(_get(H2.class, spec -> spec.withId("verdict")).getText()).isEqualTo("Not verified, because: "
                + "The text is neither an Open Badges assertion in JSON, nor a signed assertion (JWS), nor a URL.");
    }
}
