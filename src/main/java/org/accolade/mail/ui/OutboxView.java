package org.accolade.mail.ui;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.accolade.mail.MailOutbox;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.SenderDirectory;
import org.accolade.mail.internal.MailMessageRepository;
import org.accolade.mail.internal.MailStatus;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.PublicLinks;
import org.accolade.ui.Notices;
import org.accolade.ui.PersonalTime;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Every message of the outbox, newest first, and the one selected in full with its links. The tokens of single-use
 * links (invitations, endorsement requests) are written into a message only when it leaves, so they show masked;
 * an admin sends a message again, with a new link, instead of copying one.
 */
@Route("admin/outbox")
@RolesAllowed({ "ORGANISATION_ADMIN", "SYSTEM_ADMIN" })
@Menu(title = "menu.admin.outbox", icon = "vaadin:envelope", order = 12)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    /** "All" in the status filter; the service takes a blank status as every status. */
    private static final String ALL = "";

    private final MailOutbox outbox;
    private final String publicBaseUrl;
    private final PersonalTime time;
    private final Select<String> status = new Select<>();
    private final Grid<OutboxMessage> grid = new Grid<>();
    private final Div detail = new Div();
    private final SenderDirectory senders;
    /** The organisations' names the grid showed: a network has tens of them, the outbox thousands of mails. */
    private final Map<UUID, String> organisationNames = new HashMap<>();

    OutboxView(MailOutbox outbox, Clock clock, PublicLinks links, ObjectProvider<SenderDirectory> senders) {
        this.outbox = outbox;
        this.senders = senders.getIfAvailable(() -> organisation -> Optional.empty());
        this.publicBaseUrl = links.base();
        this.time = new PersonalTime(clock);
        setSizeFull();

        status.setLabel(getTranslation("outbox.status"));
        status.setItems(statuses());
        status.setItemLabelGenerator(value -> getTranslation(value.isEmpty() ? "outbox.status.all"
                : "outbox.status." + value));
        status.setValue(ALL);
        status.addValueChangeListener(change -> {
            grid.getDataProvider().refreshAll();
            show(null);
        });

        configureGrid();
        detail.getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto");
        show(null);
        SplitLayout split = new SplitLayout(grid, detail);
        split.setSizeFull();
        split.setSplitterPosition(55);

        Paragraph intro = new Paragraph(getTranslation("outbox.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(new H2(getTranslation("outbox.title")), intro, status, split);
        setFlexGrow(1, split);
    }

    private static String[] statuses() {
        return Stream.concat(Stream.of(ALL),
                Arrays.stream(MailStatus.values()).map(MailStatus::name)).toArray(String[]::new);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(message -> time.dateTime(message.createdAt())).setKey("created")
                .setHeader(getTranslation("outbox.column.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMessage::recipient).setKey("recipient")
                .setHeader(getTranslation("outbox.column.recipient")).setAutoWidth(true);
        grid.addColumn(this::organisation).setKey("organisation")
                .setHeader(getTranslation("outbox.column.organisation")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::subject).setKey("subject").setHeader(getTranslation("outbox.column.subject"))
                .setFlexGrow(1);
        grid.addColumn(message -> getTranslation("outbox.status." + message.status())).setKey("status")
                .setHeader(getTranslation("outbox.column.status")).setAutoWidth(true).setFlexGrow(0);
        // The grid asks for whole pages of its page size, which is what the outbox pages by.
        grid.setItems(query -> outbox.list(status.getValue(), query.getPage(), query.getPageSize()).stream(),
                query -> outbox.count(status.getValue()));
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
    }

    /** Whose mail it is: an organisation's, or the platform's own. */
    private String organisation(OutboxMessage message) {
        if (message.organisationId() == null) {
            return getTranslation("outbox.platform");
        }
        return organisationNames.computeIfAbsent(message.organisationId(), id -> senders
                .nameOf(new OrganisationId(id)).orElse(""));
    }

    private void show(OutboxMessage message) {
        detail.removeAll();
        if (message == null) {
            Paragraph none = new Paragraph(getTranslation("outbox.detail.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            detail.add(none);
            return;
        }
        H3 subject = new H3(message.subject());
        subject.setId("outbox-subject");
        Div facts = new Div(
                fact("outbox.detail.recipient", message.recipient()),
                fact("outbox.detail.language",
                        Locale.forLanguageTag(message.language()).getDisplayLanguage(getLocale())),
                fact("outbox.detail.status", getTranslation("outbox.status." + message.status())
                        + (message.sentAt() == null ? "" : " · " + time.dateTime(message.sentAt()))),
                fact("outbox.detail.attempts", String.valueOf(message.attempts())));
        if (message.lastError() != null) {
            facts.add(fact("outbox.detail.last-error", message.lastError()));
        }
        detail.add(subject, facts, resendButton(message));
        if (message.body() == null) {
            detail.add(new Paragraph(getTranslation("outbox.detail.purged")));
            return;
        }
        if (!message.links().isEmpty()) {
            UnorderedList links = new UnorderedList();
            links.setId("outbox-links");
            message.links().forEach(link -> links.add(new ListItem(link.contains(MailMessageRepository.MASK)
                    ? masked(link) : anchor(link))));
            detail.add(new H3(getTranslation("outbox.detail.links")), links);
        }
        Pre body = new Pre(message.body());
        body.setId("outbox-body");
        body.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit")
                .set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        detail.add(new H3(getTranslation("outbox.detail.body")), body);
    }

    /** Only a message that has left (or given up) can be sent again; the service says why otherwise. */
    private Component resendButton(OutboxMessage message) {
        Button resend = new Button(getTranslation("outbox.resend"), new Icon("vaadin", "refresh"), click -> {
            try {
                outbox.resend(message.id());
                Notices.done(getTranslation("outbox.resent"));
                grid.getDataProvider().refreshAll();
                show(null);
            } catch (DomainException refused) {
                Notices.refused(this, refused);
            }
        });
        resend.setId("outbox-resend");
        resend.setVisible(!List.of("QUEUED", "SENDING").contains(message.status()));
        return resend;
    }

    /** A link whose token is written at delivery: shown as text, with why, since following it would lead nowhere. */
    private Component masked(String link) {
        Span text = new Span(link);
        text.getElement().setAttribute("title", getTranslation("outbox.detail.masked"));
        text.getStyle().set("word-break", "break-all");
        return text;
    }

    /**
     * A link to Accolade itself opens in this browser whatever address the admin reached it by (a port chosen at
     * start, a tunnel), so it is made relative; any other link stays as written.
     */
    Anchor anchor(String link) {
        String href = link.startsWith(publicBaseUrl + "/") ? link.substring(publicBaseUrl.length()) : link;
        Anchor anchor = new Anchor(href, link);
        if (href.equals(link)) {
            anchor.setTarget(AnchorTarget.BLANK);
        }
        anchor.getStyle().set("word-break", "break-all");
        return anchor;
    }

    private Component fact(String labelKey, String value) {
        Span label = new Span(getTranslation("outbox.detail.label", getTranslation(labelKey)) + " ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div line = new Div(label, new Span(value));
        line.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.page-title");
    }
}
