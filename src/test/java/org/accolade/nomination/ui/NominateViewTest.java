package org.accolade.nomination.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accolade.Recognitions;
import org.accolade.community.Member;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationStage;
import org.accolade.nomination.NominationStatus;
import org.accolade.nomination.NominationSummary;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

class NominateViewTest extends MemberScreenTest {

    @Test
    void nominatingBobForCitoyenCreatesTheNominationAndOpensIt() {
        Member nina = people.fresh("Nina");
        Member bob = people.fresh("Bob");
        signIn(nina.email());
        open("citoyen", "NOMINATION");

        assertThat(badge().getValue()).isEqualTo(steps.badgeId("citoyen"));
        nominate(bob.email());

        List<NominationSummary> mine = people.as(nina.email(), () -> nominations.mine());
        assertThat(mine).singleElement().satisfies(nomination -> {
            assertThat(nomination.badgeName()).isEqualTo("Citoyen");
            assertThat(nomination.nomineeName()).isEqualTo("Bob");
            assertThat(nomination.kind()).isEqualTo(NominationKind.NOMINATION);
            assertThat(nomination.stage()).isEqualTo(NominationStage.ACCEPTANCE);
        });
        expectNotifications("Your nomination of Bob for “Citoyen” is sent: Bob is now asked to accept it.");
        _get(NominationView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("nominations/" + mine.get(0).id());
    }

    @Test
    void aSecondNominationOfTheSamePersonShowsTheDuplicateNextToTheirEmail() {
        Member nina = people.fresh("Nina");
        Member bob = people.fresh("Bob");
        signIn(nina.email());
        open("citoyen", "NOMINATION");
        nominate(bob.email());

        open("citoyen", "NOMINATION");
        nominate(bob.email());

        _expectInvalid(nomineeEmail(), "A nomination of this person for \"Citoyen\" is already in progress.");
        _get(NominateView.class);
        assertThat(people.as(nina.email(), () -> nominations.mine())).hasSize(1);
    }

    @Test
    void aBadgeWhosePrerequisiteTheRequesterLacksIsRefusedNextToTheBadge() {
        signIn(people.fresh("Nina").email());
        open("eco-citoyen", "REQUEST");

        _setValue(_get(TextArea.class), Recognitions.NARRATIVE);
        _click(_get(Button.class, spec -> spec.withText("Send my request")));

        _expectInvalid(badge(), "This badge first requires the \"Citoyen\" badge.");
    }

    /** Issue 10: the nominator must not learn which badges another person holds, so it is sent like any other. */
    @Test
    void aNominationOfSomeoneWhoLacksThePrerequisiteIsSentLikeAnyOther() {
        Member nina = people.fresh("Nina");
        signIn(nina.email());
        open("eco-citoyen", "NOMINATION");

        nominate(people.fresh("Bob").email());

        assertThat(people.as(nina.email(), () -> nominations.mine())).singleElement()
                .satisfies(sent -> assertThat(sent.status()).isEqualTo(NominationStatus.IN_PROGRESS));
    }

    @Test
    void aFormThatBreaksItsRulesIsNotSent() {
        Member nina = people.fresh("Nina");
        signIn(nina.email());
        open("citoyen", "NOMINATION");

        _setValue(nomineeEmail(), "not an address");
        _setValue(_get(TextArea.class), "Too short.");
        _click(_get(Button.class, spec -> spec.withText("Send the nomination")));

        assertThat(nomineeEmail().isInvalid()).isTrue();
        assertThat(_get(TextArea.class).isInvalid()).isTrue();
        assertThat(people.as(nina.email(), () -> nominations.mine())).isEmpty();
    }

    @Test
    void askingForABadgeForOneselfUsesTheRequestFormWithoutANominee() {
        Member nina = people.fresh("Nina");
        signIn(nina.email());
        open("solidaire", "REQUEST");

        _assertNone(EmailField.class);
        _setValue(_get(TextArea.class), Recognitions.NARRATIVE);
        _click(_get(Button.class, spec -> spec.withText("Send my request")));

        List<NominationSummary> mine = people.as(nina.email(), () -> nominations.mine());
        assertThat(mine).singleElement().satisfies(request -> {
            assertThat(request.kind()).isEqualTo(NominationKind.REQUEST);
            assertThat(request.nomineeName()).isEqualTo("Nina");
            assertThat(request.stage()).isEqualTo(NominationStage.EVIDENCE);
        });
    }

    @Test
    void theFormSpeaksFrench() {
        signIn(people.fresh("Nina").email());
        speak(Locale.FRENCH);

        open("citoyen", "NOMINATION");

        assertThat(_get(H1.class).getText()).isEqualTo("Nommer quelqu’un");
        _get(Button.class, spec -> spec.withText("Envoyer la nomination"));
        assertThat(ScreenTexts.text(_get(NominateView.class))).doesNotContain("!");
    }

    private void open(String badgeKey, String kind) {
        UI.getCurrent().navigate("nominate",
                QueryParameters.simple(Map.of("badge", steps.badgeId(badgeKey), "kind", kind)));
    }

    private void nominate(String email) {
        _setValue(nomineeEmail(), email);
        _setValue(_get(TextArea.class), Recognitions.NARRATIVE);
        _click(_get(Button.class, spec -> spec.withText("Send the nomination")));
    }

    private static EmailField nomineeEmail() {
        return _get(EmailField.class, spec -> spec.withLabel("Nominee's email"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> badge() {
        return _get(ComboBox.class, spec -> spec.withLabel("Badge"));
    }
}
