package org.accolade.community.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import org.accolade.community.InvitationDetails;
import org.accolade.community.InvitationService;
import org.accolade.community.Languages;
import org.accolade.community.Member;
import org.accolade.shared.DomainException;
import org.accolade.ui.RefusalFields;
import org.accolade.ui.Refusals;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page an invitation email links to: the invited person chooses a name, a password and a language, and is
 * signed in straight away. A used, expired or unknown link says so, and offers the sign-in page instead.
 */
@Route(value = "invite/:token", autoLayout = false)
@AnonymousAllowed
class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Where a new member lands: the first task waiting for them, else home (a screen of the nomination module). */
    private static final String LANDING = "/welcome";

    private final InvitationService invitations;
    private final UserDetailsService users;

    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordAgain = new PasswordField();
    private final Select<Locale> language = new Select<>();
    private final Binder<AccountForm> binder = new Binder<>();
    private final RefusalFields refusalFields = new RefusalFields(this);
    private String token;

    InvitationView(InvitationService invitations, UserDetailsService users) {
        this.invitations = invitations;
        this.users = users;
        refusalFields.add("name", name);
        refusalFields.add("password", password);
        refusalFields.add("language", language);
        setMaxWidth("36em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        try {
            showForm(invitations.describe(token));
        } catch (DomainException unusable) {
            showRefusal(unusable);
        }
    }

    private void showForm(InvitationDetails invitation) {
        name.setLabel(getTranslation("invitation.name"));
        name.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("invitation.password"));
        password.setHelperText(getTranslation("invitation.password.helper", InvitationService.MIN_PASSWORD_LENGTH));
        passwordAgain.setLabel(getTranslation("invitation.password-again"));
        language.setLabel(getTranslation("invitation.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(InvitationView::ownName);

        binder.forField(name).asRequired(getTranslation("problem.account.name.required"))
                .bind(AccountForm::getName, AccountForm::setName);
        binder.forField(password)
                .withValidator(new StringLengthValidator(
                        getTranslation("problem.account.password.too-short", InvitationService.MIN_PASSWORD_LENGTH),
                        InvitationService.MIN_PASSWORD_LENGTH, null))
                .bind(AccountForm::getPassword, AccountForm::setPassword);
        binder.forField(passwordAgain)
                .withValidator(again -> again.equals(password.getValue()),
                        getTranslation("invitation.password-again.different"))
                .bind(AccountForm::getPasswordAgain, AccountForm::setPasswordAgain);
        binder.forField(language).asRequired(getTranslation("problem.account.language.unsupported"))
                .bind(AccountForm::getLanguage, AccountForm::setLanguage);
        binder.readBean(new AccountForm(invitation.name(), Languages.supported(getLocale())));

        Button create = new Button(getTranslation("invitation.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        FormLayout form = new FormLayout(name, password, passwordAgain, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("invitation.title")),
                new Paragraph(getTranslation("invitation.intro", invitation.email())), grant(invitation), form,
                create);
    }

    /** Who sent the invitation and which roles come with it, so that nobody gains a role without seeing it. */
    private Paragraph grant(InvitationDetails invitation) {
        String roles = invitation.roles().stream().sorted().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
        Paragraph grant = new Paragraph(invitation.invitedBy() == null ? getTranslation("invitation.roles", roles)
                : getTranslation("invitation.roles.granted", invitation.invitedBy(), roles));
        grant.setId("invitation-roles");
        return grant;
    }

    /** Each language in its own words, as the shell's language switch names them: "Français", "English". */
    private static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private void create() {
        AccountForm values = new AccountForm(null, null);
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        Member member;
        try {
            member = invitations.accept(token, values.setup());
        } catch (DomainException refused) {
            showRefusalNextToItsField(refused);
            return;
        }
        signIn(member);
        Locale chosen = values.getLanguage();
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(chosen);
        ui.setLocale(chosen);
        // A new page, so that the next request, and the layout with its menu, find the person signed in
        ui.getPage().setLocation(VaadinServletRequest.getCurrent().getContextPath() + LANDING);
    }

    private void showRefusalNextToItsField(DomainException refused) {
        if (!refusalFields.show(refused)) {
            removeAll();
            showRefusal(refused);
        }
    }

    private void showRefusal(DomainException refusal) {
        Paragraph reason = new Paragraph(Refusals.text(this, refusal));
        reason.setId("invitation-refusal");
        add(new H1(getTranslation("invitation.refused.title")), reason,
                new Anchor("login", getTranslation("invitation.to-login")));
    }

    /**
     * Signs the new member in as the login form would: the authentication in this request's security context and
     * in the HTTP session, under a new session id (no session fixation), so that every later request has it.
     */
    private void signIn(Member member) {
        UserDetails user = users.loadUserByUsername(member.email());
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        request.getHttpServletRequest().changeSessionId();
        new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.page-title");
    }
}
