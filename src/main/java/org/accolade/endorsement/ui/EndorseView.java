package org.accolade.endorsement.ui;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.accolade.endorsement.EndorsementAsk;
import org.accolade.endorsement.EndorsementDecision;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.internal.TokenAttempts;
import org.accolade.shared.DomainException;
import org.accolade.tasks.FormRenderer;
import org.accolade.tasks.FormRepository;
import org.accolade.tasks.InvalidSubmissionException;
import org.accolade.tasks.RenderedForm;
import org.accolade.shell.MainLayout;
import org.accolade.ui.PersonalTime;
import org.accolade.ui.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page a partner's email links to (DESIGN section 3): what they are asked to endorse, and the {@code endorse}
 * form rendered as the task screens render theirs, checked by the same rules as the API. The token in the address
 * is the only credential; it is kept for the answer and never shown, titled or logged. A link that cannot be used
 * (unknown, answered, expired, withdrawn) says why and offers no form. The shell is named, as on the other public
 * pages, so that a stranger is offered to sign in and can switch language.
 */
@Route(value = "endorse/:" + EndorseView.TOKEN, layout = MainLayout.class)
@AnonymousAllowed
class EndorseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    private final EndorsementService endorsements;
    private final TokenAttempts attempts;
    private final FormRepository forms;
    private final FormRenderer renderer;
    private final Clock clock;
    private String token;
    private String titleKey = "endorse-page.page-title";

    EndorseView(EndorsementService endorsements, TokenAttempts attempts, FormRepository forms, FormRenderer renderer,
            Clock clock) {
        this.attempts = attempts;
        this.endorsements = endorsements;
        this.forms = forms;
        this.renderer = renderer;
        this.clock = clock;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        removeAll();
        if (!attempts.attempt(clientAddress()).allowed()) {
            // The same bound as the API's, so that the page is no faster way to try links.
            showUnusable(new DomainException(DomainException.Kind.FORBIDDEN, "endorsement.too-many-attempts", null));
            return;
        }
        try {
            show(endorsements.describe(token));
        } catch (DomainException unusable) {
            showUnusable(unusable);
        }
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    private void show(EndorsementAsk ask) {
        titleKey = "endorse-page.page-title";
        AskSections sections = new AskSections(this, new PersonalTime(clock));
        Paragraph intro = new Paragraph(getTranslation("endorse-page.intro." + ask.subjectType(), ask.partnerName(),
                ask.issuer().name()));
        intro.setId("endorse-intro");
        Paragraph asking = new Paragraph(getTranslation("endorse-page.asked-by", ask.organisation()));
        asking.setId("endorse-asking");
        add(new H1(getTranslation("endorse-page.title")), intro, asking);
        if (ask.award() != null) {
            add(sections.award(ask.award()));
        }
        if (ask.badge() != null) {
            add(sections.badge(ask.badge()));
        }
        add(sections.issuer(ask.issuer()), sections.expiry(ask.expiresAt()), answer(ask));
    }

    private Section answer(EndorsementAsk ask) {
        RenderedForm form = renderer.render(forms.byId(ask.formId()), Map.of());
        Button send = new Button(getTranslation("endorse-page.send"), click -> send(ask, form));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section answer = new Section(new H2(getTranslation("endorse-page.your-answer")), form, send);
        answer.setId("endorse-answer");
        answer.setWidthFull();
        return answer;
    }

    /** The form's own check first, then the service's: the same rules, so they only differ if the form changed. */
    private void send(EndorsementAsk ask, RenderedForm form) {
        Optional<Map<String, Object>> values = form.validate();
        if (values.isEmpty()) {
            return;
        }
        try {
            EndorsementDecision decision = endorsements.decide(token, values.get());
            showDone(ask, decision);
        } catch (InvalidSubmissionException invalid) {
            form.showErrors(invalid.errors());
        } catch (DomainException unusable) {
            // answered in another tab, expired or withdrawn while the partner was typing
            showUnusable(unusable);
        }
    }

    /** The link is used up: thanks, and no form any more. */
    private void showDone(EndorsementAsk ask, EndorsementDecision decision) {
        token = null;
        retitle("endorse-page.done.page-title");
        removeAll();
        String subject = ask.badge() != null ? ask.badge().name() : ask.issuer().name();
        Paragraph outcome = new Paragraph(getTranslation("endorse-page.done." + decision.status(), subject));
        outcome.setId("endorse-done");
        outcome.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("endorse-page.done.title")), outcome);
    }

    /** Why this link cannot be used, in the API's words for the same refusal. */
    private void showUnusable(DomainException refusal) {
        retitle("endorse-page.refused.page-title");
        removeAll();
        Paragraph reason = new Paragraph(Refusals.text(this, refusal));
        reason.setId("endorse-refused");
        add(new H1(getTranslation("endorse-page.refused.title")), reason);
    }

    /** Navigation reads the title; an answer changes the page without navigating, so it sets the title itself. */
    private void retitle(String key) {
        titleKey = key;
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
