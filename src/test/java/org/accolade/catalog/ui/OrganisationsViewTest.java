package org.accolade.catalog.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.accolade.catalog.IssuerService;
import org.accolade.community.Membership;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

class OrganisationsViewTest extends KaribuTest {

    @Autowired
    private IssuerService organisations;

    @Test
    void theOperatorOpensAnOrganisationAndInvitesItsFirstAdmin() {
        String key = "lycee-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin");
        UI.getCurrent().navigate("admin/organisations");
        assertThat(names()).contains("Collège démo des Trois-Clochers", "Université démo");

        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        _setValue(field("Key"), key);
        _setValue(field("Name"), "Lycée des Remparts");
        _setValue(field("Website"), "https://remparts.example.org");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Contact email")), "contact@remparts.example.org");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Administrator’s email")),
                "proviseure-" + key + "@example.org");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));

        NotificationsKt.expectNotifications(
                "The organisation Lycée des Remparts is open; its first administrator is told.");
        assertThat(organisations.findByKey(key)).isPresent();
        assertThat(names()).contains("Lycée des Remparts");
    }

    @Test
    void aKeyThatIsNotOneIsRefusedAtItsFieldInFrenchAndNothingIsOpened() {
        signIn("admin");
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("admin/organisations");

        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        _setValue(field("Clé"), "Lycée!");
        _setValue(field("Nom"), "Lycée sans clé");
        _setValue(field("Site web"), "https://sans-cle.example.org");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Adresse de contact")), "contact@sans-cle.example.org");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Adresse de l’administrateur")), "x@example.org");
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));

        assertThat(field("Clé").isInvalid()).isTrue();
        assertThat(field("Clé").getErrorMessage()).isEqualTo("Utilisez de 2 à 40 lettres minuscules, chiffres et "
                + "tirets, en commençant par une lettre ou un chiffre.");
        assertThat(organisations.all()).extracting(organisation -> organisation.name())
                .doesNotContain("Lycée sans clé");
    }

    @Test
    void anOrganisationsAdminSeesOnlyHersAndOpensNone() {
        signIn("ursula");
        UI.getCurrent().navigate("admin/organisations");

        assertThat(names()).containsExactly("Université démo");
        assertThat(_find(Button.class, spec -> spec.withId("new-organisation"))).isEmpty();
        assertThat(ScreenTexts.of(UI.getCurrent())).noneMatch(text -> text.contains("Trois-Clochers"));
    }

    @Test
    void anAdminOfSeveralOrganisationsSeesEachOfThem() {
        var head = people.freshIn("Head", Membership.admin(people.college()), Membership.admin(people.university()));
        signIn(head.email());
        UI.getCurrent().navigate("admin/organisations");

        assertThat(names()).containsExactly("Collège démo des Trois-Clochers", "Université démo");
    }

    @SuppressWarnings("unchecked")
    private List<String> names() {
        Grid<Object> grid = _get(Grid.class);
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row).get(0)).toList();
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }
}
