package org.accolade.community.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.community.AccountSetup;
import org.accolade.community.InvitationService;
import org.accolade.community.Member;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.nomination.ui.MemberScreenTest;
import org.accolade.security.AccoladeUser;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;

class InvitationViewTest extends MemberScreenTest {

    private static final Pattern INVITE_LINK = Pattern.compile("/invite/([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    private SentMail sentMail;
    @Autowired
    MailDelivery delivery;
    @Autowired
    private InvitationService invitations;

    private String address;

    @BeforeEach
    void nominateSomeoneWithoutAnAccount() {
        address = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        steps.nominate("alice", address, null, "citoyen");
    }

    @Test
    void anInvitedPersonCreatesTheirAccountAndIsSignedInInTheLanguageTheyChose() {
        UI.getCurrent().navigate("invite/" + invitationToken());
        assertThat(ScreenTexts.text(_get(InvitationView.class))).contains("You were invited as " + address);

        fillIn("Ivy Invited", PASSWORD, PASSWORD);
        _setValue(language(), Locale.FRENCH);
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        Member ivy = members.findByEmail(address).orElseThrow();
        assertThat(ivy.hasAccount()).isTrue();
        assertThat(ivy.name()).isEqualTo("Ivy Invited");
        assertThat(ivy.language()).isEqualTo(Locale.FRENCH);
        assertThat(signedInMember()).isEqualTo(ivy.id().value().toString());
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(pageLoads()).containsExactly("/welcome");
    }

    @Test
    void aUsedLinkSaysSoAndOffersTheSignInPageInsteadOfTheForm() {
        String token = invitationToken();
        invitations.accept(token, new AccountSetup("Ivy Invited", PASSWORD, "en"));

        UI.getCurrent().navigate("invite/" + token);

        assertThat(ScreenTexts.text(_get(InvitationView.class)))
                .contains("This invitation link has already been used. Sign in with your address instead.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Go to the sign-in page")).getHref()).isEqualTo("login");
        _assertNone(PasswordField.class);
    }

    @Test
    void anUnknownLinkSaysSo() {
        UI.getCurrent().navigate("invite/not-a-token");

        assertThat(ScreenTexts.text(_get(InvitationView.class))).contains("This invitation link is not valid.");
        _assertNone(PasswordField.class);
    }

    @Test
    void passwordsThatDifferOrAreTooShortAreRefusedNextToTheirField() {
        UI.getCurrent().navigate("invite/" + invitationToken());

        fillIn("Ivy Invited", "short", "different");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        _expectInvalid(password("Password"), "Your password needs at least 10 characters.");
        _expectInvalid(password("Password again"), "The two passwords are not the same.");
        assertThat(members.findByEmail(address).orElseThrow().hasAccount()).isFalse();
    }

    @Test
    void theServicesRefusalShowsNextToItsField() {
        UI.getCurrent().navigate("invite/" + invitationToken());

        fillIn("I".repeat(201), PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        _expectInvalid(_get(TextField.class, spec -> spec.withLabel("Your name")),
                "Your name can have at most 200 characters.");
        assertThat(members.findByEmail(address).orElseThrow().hasAccount()).isFalse();
        assertThat(pageLoads()).isEmpty();
    }

    @Test
    void theInvitationSpeaksTheBrowsersLanguage() {
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("invite/" + invitationToken());

        assertThat(_get(H1.class).getText()).isEqualTo("Bienvenue sur Accolade");
        assertThat(language().getValue()).isEqualTo(Locale.FRENCH);
        assertThat(ScreenTexts.text(_get(InvitationView.class)))
                .contains("Vous avez été invité·e avec l’adresse " + address)
                .contains("Votre compte aura ces rôles : Membre.").doesNotContain("!");
    }

    /** The token in the invitation mail that alice's nomination sent, as it leaves: the outbox holds none. */
    private String invitationToken() {
        OutboxMessage invitation = sentMail.to(address).stream()
                .filter(mail -> mail.template().equals(MailTemplate.INVITATION.name())).findFirst().orElseThrow();
        String body = delivery.prepare(invitation.id()).orElseThrow();
        Matcher link = INVITE_LINK.matcher(body);
        assertThat(link.find()).as("an invitation link in " + body).isTrue();
        return link.group(1);
    }

    private void fillIn(String name, String password, String again) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), name);
        _setValue(password("Password"), password);
        _setValue(password("Password again"), again);
    }

    private static PasswordField password(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> language() {
        return _get(Select.class);
    }

    /** The member id in the security context saved in the HTTP session, which the next request reads. */
    private static String signedInMember() {
        SecurityContext context = (SecurityContext) VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return ((AccoladeUser) context.getAuthentication().getPrincipal()).memberId().value().toString();
    }
}
