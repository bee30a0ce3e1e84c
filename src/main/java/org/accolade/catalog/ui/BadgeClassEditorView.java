package org.accolade.catalog.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassForm;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.BadgeImage;
import org.accolade.catalog.Issuer;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.OrganisationRole;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerService;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.accolade.ui.ImageUploadField;
import org.accolade.ui.Notices;
import org.accolade.ui.Refusals;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Designs one badge class ({@code admin/badge-classes/new} for a new one): what it recognises, how its jury
 * reviews, its deadlines, prerequisites, endorsers, Open Badges verification and alignments ({@link BadgeClassFields})
 * and its picture. The service has the last word, and each of its refusals shows next to the field it names. An
 * admin of several organisations chooses which one a new badge class belongs to; its jurors are that
 * organisation's members.
 */
@Route("admin/badge-classes/:" + BadgeClassEditorView.ID)
@RolesAllowed("ORGANISATION_ADMIN")
class BadgeClassEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String NEW = "new";

    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final PartnerService partners;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final BadgeClassFields fields = new BadgeClassFields();
    private final ImageUploadField image;
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button archive = new Button();

    private BadgeClassId id;
    private BadgeClassStatus currentStatus;
    private String savedName;

    BadgeClassEditorView(BadgeClassService badgeClasses, MemberService members, PartnerService partners) {
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.partners = partners;
        this.image = new ImageUploadField("badge-class.image", "badge-class.image", this::checkImage, fields::name);
        image.setPreviewHeight("120px");
        setMaxWidth("60em");
        setPadding(true);
        RouterLink back = new RouterLink(getTranslation("badge-class.admin.back"), BadgeClassesView.class);
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(back, title, status, fields, new Section(new H3(getTranslation("badge-class.section.image")), image),
                buttons());
        fields.onOrganisationChange(chosen -> fields.offerJurors(jurorChoices(chosen)));
    }

    private StoredImage checkImage(ImageUpload upload) {
        BadgeImage checked = badgeClasses.checkImage(upload);
        return new StoredImage(checked.content(), checked.mediaType());
    }

    private Component buttons() {
        action(save, "badge-class.action.save", ButtonVariant.LUMO_PRIMARY)
                .addClickListener(click -> save().ifPresent(this::saved));
        action(publish, "badge-class.action.publish", ButtonVariant.LUMO_SUCCESS)
                .addClickListener(click -> save().ifPresent(this::publish));
        action(archive, "badge-class.action.archive", ButtonVariant.LUMO_ERROR)
                .addClickListener(click -> confirmArchive());
        return new HorizontalLayout(save, publish, archive);
    }

    private Button action(Button button, String textKey, ButtonVariant variant) {
        button.setText(getTranslation(textKey));
        button.addThemeVariants(variant);
        return button;
    }

    // ---- Opening -----------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(ID).orElse(NEW);
        if (NEW.equals(parameter)) {
            List<Issuer> organisations = badgeClasses.organisations();
            open(null, BadgeClassForm.blank(organisations.size() == 1 ? organisations.get(0).id() : null), null);
        } else {
            BadgeClassId existing = parse(parameter);
            open(existing, badgeClasses.form(existing), badgeClasses.get(existing).status());
        }
    }

    private static BadgeClassId parse(String parameter) {
        try {
            return new BadgeClassId(UUID.fromString(parameter));
        } catch (IllegalArgumentException notAnId) {
            throw DomainException.notFound("badge-class.unknown", "badgeClassId");
        }
    }

    private void open(BadgeClassId badgeClassId, BadgeClassForm form, BadgeClassStatus badgeStatus) {
        id = badgeClassId;
        currentStatus = badgeStatus;
        savedName = form.name();
        fields.offer(organisationChoices(), partnerChoices(), prerequisiteChoices(), badgeClasses.tags());
        fields.offerJurors(jurorChoices(form.organisationId()));
        fields.read(form, id == null);
        showStatus();
        // The version in the link makes the browser fetch a new picture at once rather than its cached one.
        image.showStored(id == null ? null
                : "api/v1/badge-classes/" + id + "/image?v=" + badgeClasses.image(id).etag());
    }

    private Map<OrganisationId, String> organisationChoices() {
        Map<OrganisationId, String> names = new LinkedHashMap<>();
        badgeClasses.organisations().forEach(organisation -> names.put(organisation.id(), organisation.name()));
        return names;
    }

    /**
     * The organisation's members, whatever their role, who can sit on its jury, by name, with their address to tell
     * namesakes apart; none before an organisation is chosen.
     */
    private Map<MemberId, String> jurorChoices(OrganisationId organisation) {
        Map<MemberId, String> names = new LinkedHashMap<>();
        if (organisation != null) {
            Stream.of(OrganisationRole.values()).flatMap(role -> members.membersOf(organisation, role).stream())
                    .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                    .forEach(member -> names.put(member.id(), jurorName(member)));
        }
        return names;
    }

    private static String jurorName(Member member) {
        return member.name() == null ? member.email() : member.displayName() + " (" + member.email() + ")";
    }

    private Map<PartnerId, String> partnerChoices() {
        Map<PartnerId, String> names = new LinkedHashMap<>();
        partners.all().forEach(partner -> names.put(partner.id(), partner.name()));
        return names;
    }

    /** Every other badge class: one cannot be its own prerequisite. */
    private Map<BadgeClassId, String> prerequisiteChoices() {
        Map<BadgeClassId, String> names = new LinkedHashMap<>(badgeClasses.names());
        names.remove(id);
        return names;
    }

    private void showStatus() {
        boolean isNew = id == null;
        boolean archived = currentStatus == BadgeClassStatus.ARCHIVED;
        title.setText(heading());
        status.setText(isNew ? "" : getTranslation("badge-class.admin.status",
                getTranslation("badge-class.status." + currentStatus)));
        status.setVisible(!isNew);
        save.setVisible(!archived);
        publish.setVisible(currentStatus == BadgeClassStatus.DRAFT);
        archive.setVisible(!isNew && !archived);
        fields.setReadOnly(archived);
        image.setChangeable(!archived);
    }

    private String heading() {
        return id == null ? getTranslation("badge-class.admin.new")
                : getTranslation("badge-class.admin.edit.title", savedName);
    }

    // ---- Acting ------------------------------------------------------------------------------------------------

    /** Writes the form, then any new picture, through the service; a refusal shows at its field and gives nothing. */
    private Optional<BadgeClass> save() {
        Optional<BadgeClassForm> form = fields.write();
        if (form.isEmpty()) {
            Notices.failed(getTranslation("problem.form.invalid"));
            return Optional.empty();
        }
        try {
            BadgeClass saved = id == null ? badgeClasses.create(form.get()) : badgeClasses.update(id, form.get());
            image.pending().ifPresent(chosen -> badgeClasses.uploadImage(saved.id(), chosen));
            return Optional.of(saved);
        } catch (DomainException refused) {
            show(refused);
            return Optional.empty();
        }
    }

    private void saved(BadgeClass badge) {
        if (id == null) {
            Notices.done(getTranslation("badge-class.admin.created", badge.name()));
            UI.getCurrent().navigate(BadgeClassEditorView.class, new RouteParameters(ID, badge.id().toString()));
        } else {
            Notices.done(getTranslation("badge-class.admin.saved", badge.name()));
            reopen(badge.id());
        }
    }

    private void publish(BadgeClass badge) {
        try {
            badgeClasses.publish(badge.id());
            Notices.done(getTranslation("badge-class.admin.published", badge.name()));
        } catch (DomainException refused) {
            show(refused);
        }
        reopen(badge.id());
    }

    private void confirmArchive() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("badge-class.admin.archive.header", savedName));
        dialog.setText(getTranslation("badge-class.admin.archive.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("badge-class.action.cancel"));
        dialog.setConfirmText(getTranslation("badge-class.action.archive"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> archive());
        dialog.open();
    }

    private void archive() {
        try {
            BadgeClass archived = badgeClasses.archive(id);
            Notices.done(getTranslation("badge-class.admin.archived", archived.name()));
        } catch (DomainException refused) {
            show(refused);
        }
        reopen(id);
    }

    private void reopen(BadgeClassId badgeClassId) {
        open(badgeClassId, badgeClasses.form(badgeClassId), badgeClasses.get(badgeClassId).status());
    }

    /** At the picture, at the field it names, or as a notice when it names no field of the editor. */
    private void show(DomainException refused) {
        if ("image".equals(refused.field())) {
            image.showProblem(Refusals.text(this, refused));
        } else if (!fields.show(refused)) {
            Notices.refused(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return heading() + " · Accolade";
    }
}
