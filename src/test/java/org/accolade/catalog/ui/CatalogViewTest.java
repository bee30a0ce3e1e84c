package org.accolade.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Issuer;
import org.accolade.nomination.ui.MemberScreenTest;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

class CatalogViewTest extends MemberScreenTest {

    @Autowired
    private BadgeClassService catalogue;

    @Test
    void aMemberSeesEveryPublishedBadgeWithItsCriteriaAndReviewRules() {
        signIn("alice");

        UI.getCurrent().navigate("catalog");

        assertThat(_find(Card.class)).hasSize(catalogue.published().size());
        Card citoyen = card("citoyen");
        assertThat(_get(citoyen, H2.class).getText()).isEqualTo("Citoyen");
        assertThat(ScreenTexts.text(citoyen)).contains("S’engage dans la vie de l’établissement",
                "A participé activement à au moins une action citoyenne", "Reviewed by a jury vote.",
                "Up to 3 rounds of evidence.");
        assertThat(ScreenTexts.text(card("sentinelle"))).contains("Decided by a panel of the jury.");
        assertThat(ScreenTexts.text(card("eco-citoyen"))).contains("Requires first: Citoyen.");
    }

    @Test
    void aCardListsTheFrameworksItsBadgeIsAlignedWithAsLinks() {
        signIn("alice");

        UI.getCurrent().navigate("catalog");

        Anchor digComp = _get(card("expert-numerique"), Anchor.class);
        assertThat(digComp.getHref()).isEqualTo("https://publications.jrc.ec.europa.eu/repository/handle/JRC128415");
        assertThat(digComp.getText()).isEqualTo("DigComp 2.2 (European Digital Competence Framework for Citizens): "
                + "1.1 Browsing, searching and filtering data and digital content");
        assertThat(ScreenTexts.text(card("expert-numerique"))).contains("Aligned with: DigComp 2.2");
        assertThat(_find(card("solidaire"), Anchor.class)).isEmpty();
    }

    @Test
    void eachCardShowsTheBadgeImageNamedByItsAltText() {
        signIn("alice");

        UI.getCurrent().navigate("catalog");

        Image image = _get(card("citoyen"), Image.class);
        assertThat(image.getSrc()).isEqualTo("/api/v1/badge-classes/" + steps.badgeId("citoyen") + "/image");
        assertThat(image.getAlt()).contains("Citoyen");
    }

    @Test
    void nominateSomeoneOpensTheNominationFormForThatBadge() {
        signIn("alice");
        UI.getCurrent().navigate("catalog");

        _click(_get(card("citoyen"), Button.class, spec -> spec.withText("Nominate someone")));

        assertThat(currentLocation().getPath()).isEqualTo("nominate");
        assertThat(currentLocation().getQueryParameters().getParameters())
                .isEqualTo(Map.of("badge", List.of(steps.badgeId("citoyen")), "kind", List.of("NOMINATION")));
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Badge")).getValue())
                .isEqualTo(steps.badgeId("citoyen"));
    }

    @Test
    void askForThisBadgeOpensTheRequestFormForThatBadge() {
        signIn("alice");
        UI.getCurrent().navigate("catalog");

        _click(_get(card("solidaire"), Button.class, spec -> spec.withText("Ask for this badge")));

        assertThat(currentLocation().getQueryParameters().getParameters())
                .isEqualTo(Map.of("badge", List.of(steps.badgeId("solidaire")), "kind", List.of("REQUEST")));
        _get(Button.class, spec -> spec.withText("Send my request"));
    }

    @Test
    void theCatalogueSpeaksFrench() {
        signIn("alice");
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("catalog");

        Card citoyen = card("citoyen");
        assertThat(ScreenTexts.text(citoyen)).contains("Critères\u00a0:", "Examiné par un vote du jury.",
                "Jusqu’à 3 tours de preuves.");
        assertThat(ScreenTexts.text(card("sentinelle"))).contains("Décidé par le jury réuni en commission.");
        assertThat(ScreenTexts.text(citoyen))
                .contains("Aligné sur\u00a0: Socle commun de connaissances, de compétences et de "
                + "culture\u00a0: La formation de la personne et du citoyen");
        assertThat(_find(citoyen, Button.class)).extracting(Button::getText)
                .containsExactly("Nommer quelqu’un", "Demander ce badge");
        assertThat(ScreenTexts.text(_get(CatalogView.class))).doesNotContain("!");
    }

    @Test
    void theCatalogueShowsOneOrganisationsBadgesChosenInTheFilterOrTheAddressAndWhoAwardsEach() {
        signIn("alice");

        UI.getCurrent().navigate("catalog", QueryParameters.of("organisation", "universite"));

        assertThat(_find(Card.class)).hasSize(catalogue.published(people.university()).size());
        assertThat(ScreenTexts.text(card("tutorat"))).contains("Awarded by Université démo");
        _assertNone(Card.class, spec -> spec.withId("badge-citoyen"));

        CatalogView view = _get(CatalogView.class);
        Issuer college = view.organisationFilter.getListDataView().getItems()
                .filter(organisation -> organisation.key().equals("college")).findFirst().orElseThrow();
        _setValue(view.organisationFilter, college);

        assertThat(currentLocation().getQueryParameters().getParameters())
                .isEqualTo(Map.of("organisation", List.of("college")));
        assertThat(_find(Card.class)).hasSize(catalogue.published(people.college()).size());
        assertThat(ScreenTexts.text(card("citoyen"))).contains("Awarded by Collège démo des Trois-Clochers");
        _assertNone(Card.class, spec -> spec.withId("badge-tutorat"));
    }

    @Test
    void anUnknownOrganisationInTheAddressShowsTheWholeNetwork() {
        signIn("alice");

        UI.getCurrent().navigate("catalog", QueryParameters.of("organisation", "nowhere"));

        assertThat(_find(Card.class)).hasSize(catalogue.published().size());
        assertThat(_get(CatalogView.class).organisationFilter.getValue()).isNull();
    }

    private static Location currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation();
    }

    private static Card card(String key) {
        return _get(Card.class, spec -> spec.withId("badge-" + key));
    }
}
