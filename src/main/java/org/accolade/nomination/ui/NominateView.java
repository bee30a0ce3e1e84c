package org.accolade.nomination.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accolade.catalog.BadgeClassService;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.SubmitNomination;
import org.accolade.shared.DomainException;
import org.accolade.tasks.FormOption;
import org.accolade.tasks.FormRenderer;
import org.accolade.tasks.FormRepository;
import org.accolade.tasks.InvalidSubmissionException;
import org.accolade.tasks.RenderedForm;
import org.accolade.ui.Notices;
import org.accolade.ui.Refusals;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

/**
 * Nominating a colleague, or asking for a badge for oneself, with the {@code nominate} or {@code request-badge} form
 * of {@code forms/}: {@code nominate?badge=<badge class id>&kind=NOMINATION|REQUEST} (the catalogue's buttons).
 * The form's rules are checked here and again by the service, whose refusals (a nomination already in progress, a
 * badge already held, a missing prerequisite) show next to the field they concern.
 */
@Route("nominate")
@PermitAll
class NominateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NominationService nominations;
    private final BadgeClassService badgeClasses;
    private final FormRepository forms;
    private final FormRenderer renderer;
    private final Button send = new Button();
    private NominationKind kind = NominationKind.NOMINATION;
    private RenderedForm rendered;

    NominateView(NominationService nominations, BadgeClassService badgeClasses, FormRepository forms,
            FormRenderer renderer) {
        this.nominations = nominations;
        this.badgeClasses = badgeClasses;
        this.forms = forms;
        this.renderer = renderer;
        setMaxWidth("48em");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        kind = query.getSingleParameter("kind").filter(NominationKind.REQUEST.name()::equalsIgnoreCase)
                .map(request -> NominationKind.REQUEST).orElse(NominationKind.NOMINATION);
        rendered = renderer.render(forms.byId(kind == NominationKind.NOMINATION ? "nominate" : "request-badge"),
                data(query.getSingleParameter("badge").orElse(null)));
        send.setText(getTranslation("nominate.send." + kind));
        removeAll();
        add(new H1(getTranslation("nominate.title." + kind)), rendered, send);
    }

    /** The badge to preselect (the form leaves it empty when it is none of the catalogue's) and the catalogue. */
    private Map<String, Object> data(String badge) {
        List<FormOption> catalogue = badgeClasses.publishedNames().entrySet().stream()
                .map(entry -> new FormOption(entry.getValue(), entry.getKey().toString())).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("badgeClasses", catalogue);
        if (badge != null) {
            data.put("badgeClassId", badge);
        }
        return data;
    }

    private void send() {
        try {
            rendered.validate().ifPresent(values -> sent(submit(values)));
        } catch (InvalidSubmissionException invalid) {
            rendered.showErrors(invalid.errors());
        } catch (DomainException refused) {
            rendered.showError(refused.field(), Refusals.text(this, refused));
        } finally {
            send.setEnabled(true);
        }
    }

    /** In the person's language, which an invitation to a nominee without an account is written in. */
    private NominationDetails submit(Map<String, Object> values) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(getLocale());
        try {
            return nominations.submit(new SubmitNomination(text(values, "badgeClassId"),
                    text(values, "nomineeEmail"), text(values, "nomineeName"), text(values, "narrative"), kind));
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private void sent(NominationDetails nomination) {
        Notices.done(getTranslation("nominate.sent." + kind, nomination.badgeName(), nomination.nominee().name()));
        getUI().ifPresent(ui -> ui.navigate(NominationView.class,
                new RouteParameters("id", nomination.id().toString())));
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nominate.page-title." + kind);
    }
}
