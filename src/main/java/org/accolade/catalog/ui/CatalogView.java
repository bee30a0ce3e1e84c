package org.accolade.catalog.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.catalog.ReviewRules;
import org.accolade.shared.OrganisationId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The badges open for nominations, one card each: who awards it, what it recognises, how it is reviewed, the
 * competency frameworks it is aligned with, and the two ways in (nominate a colleague, ask for it yourself). The
 * cards flow into as many columns as the screen holds. The network's badges, or one organisation's: chosen in the
 * filter or by its key in the address ({@code catalog?organisation=college}; an unknown key shows them all).
 */
@Route("catalog")
@PermitAll
@Menu(title = "menu.catalog", icon = "vaadin:medal", order = 2)
class CatalogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The nomination form's route and its parameters (the nomination module's screen). */
    private static final String NOMINATE_ROUTE = "nominate";
    /** The query parameter naming the organisation by its key. */
    static final String ORGANISATION = "organisation";

    private final BadgeClassService badgeClasses;
    private final Map<BadgeClassId, String> names;
    private final Map<OrganisationId, String> organisationNames = new HashMap<>();
    final Select<Issuer> organisationFilter = new Select<>();
    private final Div cards = new Div();

    CatalogView(BadgeClassService badgeClasses, IssuerService issuers) {
        this.badgeClasses = badgeClasses;
        this.names = badgeClasses.publishedNames();
        setMaxWidth("80em");
        List<Issuer> organisations = issuers.all();
        organisations.forEach(organisation -> organisationNames.put(organisation.id(), organisation.name()));
        organisationFilter.setLabel(getTranslation("catalog.filter.organisation"));
        organisationFilter.setItems(organisations);
        organisationFilter.setEmptySelectionAllowed(true);
        organisationFilter.setEmptySelectionCaption(getTranslation("catalog.filter.all"));
        organisationFilter.setItemLabelGenerator(organisation -> organisation == null
                ? getTranslation("catalog.filter.all") : organisation.name());
        // Through the address, so that a filtered catalogue can be shared and the back button undoes the filter.
        organisationFilter.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(CatalogView.class, change.getValue() == null
                        ? QueryParameters.empty() : QueryParameters.of(ORGANISATION, change.getValue().key())));
            }
        });
        cards.setId("catalog-cards");
        cards.setWidthFull();
        cards.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))");
        add(new H1(getTranslation("catalog.title")), new Paragraph(getTranslation("catalog.intro")),
                organisationFilter, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Issuer> chosen = event.getLocation().getQueryParameters().getSingleParameter(ORGANISATION)
                .flatMap(key -> organisationFilter.getListDataView().getItems()
                        .filter(organisation -> organisation.key().equals(key)).findFirst());
        organisationFilter.setValue(chosen.orElse(null));
        show(organisationFilter.getValue());
    }

    /** The published badges of the organisation, or of the whole network for none. */
    private void show(Issuer organisation) {
        List<BadgeClass> published = organisation == null ? badgeClasses.published()
                : badgeClasses.published(organisation.id());
        cards.removeAll();
        if (published.isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalog.none")));
        }
        published.forEach(badge -> cards.add(card(badge)));
    }

    private Card card(BadgeClass badge) {
        Card card = new Card();
        card.setId("badge-" + badge.key());
        card.setMedia(image(badge));
        card.setTitle(title(badge));
        card.setSubtitle(new Span(badge.description()));
        card.add(new Paragraph(getTranslation("catalog.organisation",
                        organisationNames.getOrDefault(badge.issuerId(), ""))),
                labelled("catalog.criteria", new Span(badge.criteria())),
                labelled("catalog.review", new Span(review(badge.review()))));
        List<String> prerequisites = badge.prerequisites().stream().map(names::get).filter(Objects::nonNull)
                .sorted().toList();
        if (!prerequisites.isEmpty()) {
            card.add(new Paragraph(getTranslation("catalog.prerequisites", String.join(", ", prerequisites))));
        }
        if (!badge.alignments().isEmpty()) {
            card.add(labelled("catalog.alignments", links(badge.alignments())));
        }
        Button nominate = new Button(getTranslation("catalog.nominate"), click -> open(badge, "NOMINATION"));
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button ask = new Button(getTranslation("catalog.ask"), click -> open(badge, "REQUEST"));
        // wrapping, so that both buttons stay inside a narrow card
        Div actions = new Div(nominate, ask);
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        actions.setWidthFull();
        card.addToFooter(actions);
        card.setWidthFull();
        return card;
    }

    /** A heading in the page (not the card's own title property, which lives in its shadow DOM). */
    private static H2 title(BadgeClass badge) {
        H2 title = new H2(badge.name());
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        return title;
    }

    private static Image image(BadgeClass badge) {
        Image image = new Image("/api/v1/badge-classes/" + badge.id() + "/image", badge.name());
        image.setHeight("8rem");
        image.setWidthFull();
        image.getStyle().set("object-fit", "contain");
        return image;
    }

    private String review(ReviewRules rules) {
        return getTranslation("catalog.review." + rules.policy()) + " "
                + getTranslation("catalog.review.rounds", rules.maxRounds());
    }

    /**
     * Each alignment as "framework: competence", linking to the competence; its description on hover. Named in
     * full: inside a layout, {@code Alignment} is the layout's own.
     */
    private Component[] links(List<org.accolade.catalog.Alignment> alignments) {
        List<Component> links = new ArrayList<>();
        for (org.accolade.catalog.Alignment alignment : alignments) {
            if (!links.isEmpty()) {
                links.add(new Text("; "));
            }
            Anchor link = new Anchor(alignment.targetUrl(), alignment.targetFramework() == null
                    ? alignment.targetName()
                    : getTranslation("catalog.alignment", alignment.targetFramework(), alignment.targetName()));
            link.setTarget(AnchorTarget.BLANK);
            if (alignment.targetDescription() != null) {
                link.setTitle(alignment.targetDescription());
            }
            links.add(link);
        }
        return links.toArray(Component[]::new);
    }

    private Component labelled(String labelKey, Component... content) {
        Span label = new Span(getTranslation(labelKey) + " ");
        label.getStyle().set("font-weight", "600");
        Paragraph paragraph = new Paragraph(label);
        paragraph.add(content);
        paragraph.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return paragraph;
    }

    private void open(BadgeClass badge, String kind) {
        getUI().ifPresent(ui -> ui.navigate(NOMINATE_ROUTE,
                QueryParameters.simple(Map.of("badge", badge.id().toString(), "kind", kind))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.page-title");
    }
}
