package org.accolade.catalog.ui;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassForm;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.BadgeImage;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.VerificationMethod;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerService;
import org.accolade.community.Role;
import org.accolade.shared.DomainException;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.accolade.shared.uploads.BoundedUpload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Designs one badge class ({@code admin/badge-classes/new} for a new one): what it recognises, how its jury
 * reviews, its deadlines, prerequisites, endorsers, Open Badges verification, alignments and picture. The form is
 * bound to a {@link BadgeClassForm} record; the service has the last word, and each of its refusals shows next to
 * the field it names.
 */
@Route("admin/badge-classes/:" + BadgeClassEditorView.ID)
@RolesAllowed("ISSUER_ADMIN")
class BadgeClassEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String NEW = "new";

    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final PartnerService partners;
    private final Binder<BadgeClassForm> binder = new Binder<>(BadgeClassForm.class);
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();

    private final H2 title = new H2();
    private final Span status = new Span();
    final TextField name = new TextField();
    final TextField key = new TextField();
    final TextArea description = new TextArea();
    final TextArea criteria = new TextArea();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    private final ListDataProvider<String> tagItems = new ListDataProvider<>(new ArrayList<>());
    final RadioButtonGroup<ReviewPolicy> policy = new RadioButtonGroup<>();
    final IntegerField quorum = new IntegerField();
    final IntegerField maxRounds = new IntegerField();
    final MultiSelectComboBox<MemberId> jurors = new MultiSelectComboBox<>();
    final IntegerField acceptanceDays = new IntegerField();
    final IntegerField evidenceDays = new IntegerField();
    final IntegerField evidenceReminderDays = new IntegerField();
    final IntegerField reviewDays = new IntegerField();
    final IntegerField reviewReminderDays = new IntegerField();
    final IntegerField endorsementDays = new IntegerField();
    final IntegerField endorsementReminderDays = new IntegerField();
    final IntegerField validityMonths = new IntegerField();
    final MultiSelectComboBox<BadgeClassId> prerequisites = new MultiSelectComboBox<>();
    final MultiSelectComboBox<PartnerId> endorsers = new MultiSelectComboBox<>();
    final IntegerField minEndorsements = new IntegerField();
    final RadioButtonGroup<VerificationMethod> verification = new RadioButtonGroup<>();
    final AlignmentsField alignments = new AlignmentsField();
    final Upload upload = new Upload();
    final Image preview = new Image();
    final Span imageMessage = new Span();
    final Button save = new Button();
    final Button publish = new Button();
    final Button archive = new Button();

    private BadgeClassId id;
    private BadgeClassStatus currentStatus;
    private String savedName;
    private ImageUpload pendingImage;
    private boolean keyTouched;

    BadgeClassEditorView(BadgeClassService badgeClasses, MemberService members, PartnerService partners) {
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.partners = partners;
        setMaxWidth("60em");
        setPadding(true);
        RouterLink back = new RouterLink(getTranslation("badge-class.admin.back"), BadgeClassesView.class);
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(back, title, status, describing(), reviewing(), deadlines(), endorsing(), openBadges(), picture(),
                buttons());
        bind();
    }

    // ---- Building the form -------------------------------------------------------------------------------------

    private Component describing() {
        label(name, "name", true);
        name.setMaxLength(200);
        name.addValueChangeListener(change -> {
            if (id == null && !keyTouched) {
                key.setValue(BadgeClassForm.suggestKey(change.getValue()));
            }
        });
        label(key, "key", true);
        key.setMaxLength(80);
        key.setHelperText(getTranslation("badge-class.field.key.help"));
        key.addValueChangeListener(change -> keyTouched |= change.isFromClient());
        label(description, "description", true);
        description.setMaxLength(2000);
        label(criteria, "criteria", true);
        criteria.setMaxLength(5000);
        criteria.setHelperText(getTranslation("badge-class.field.criteria.help"));
        criteria.setMinHeight("8em");
        label(tags, "tags", false);
        tags.setHelperText(getTranslation("badge-class.field.tags.help"));
        tags.setItems(tagItems);
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(custom -> {
            String tag = custom.getDetail().strip();
            if (!tag.isEmpty()) {
                if (!tagItems.getItems().contains(tag)) {
                    tagItems.getItems().add(tag);
                    tagItems.refreshAll();
                }
                tags.select(tag);
            }
        });
        return section("badge-class.section.description", name, key, description, criteria, tags);
    }

    private Component reviewing() {
        label(policy, "policy", true);
        policy.setItems(ReviewPolicy.values());
        policy.setItemLabelGenerator(value -> getTranslation("badge-class.policy." + value));
        policy.addValueChangeListener(change -> quorum.setEnabled(change.getValue() != ReviewPolicy.PANEL));
        label(quorum, "quorum", true);
        quorum.setHelperText(getTranslation("badge-class.field.quorum.help"));
        quorum.setStepButtonsVisible(true);
        label(maxRounds, "maxRounds", true);
        maxRounds.setStepButtonsVisible(true);
        label(jurors, "jurors", true);
        jurors.setHelperText(getTranslation("badge-class.field.jurors.help"));
        return section("badge-class.section.review", policy, jurors, quorum, maxRounds);
    }

    private Component deadlines() {
        for (IntegerField days : List.of(acceptanceDays, evidenceDays, evidenceReminderDays, reviewDays,
                reviewReminderDays, endorsementDays, endorsementReminderDays)) {
            days.setSuffixComponent(new Span(getTranslation("badge-class.unit.days")));
        }
        label(acceptanceDays, "acceptanceDays", true);
        label(evidenceDays, "evidenceDays", true);
        label(evidenceReminderDays, "evidenceReminderDays", true);
        evidenceReminderDays.setHelperText(getTranslation("badge-class.field.reminder.help"));
        label(reviewDays, "reviewDays", true);
        label(reviewReminderDays, "reviewReminderDays", true);
        reviewReminderDays.setHelperText(getTranslation("badge-class.field.reminder.help"));
        label(endorsementDays, "endorsementDays", true);
        endorsementDays.setHelperText(getTranslation("badge-class.field.endorsementDays.help"));
        label(endorsementReminderDays, "endorsementReminderDays", true);
        endorsementReminderDays.setHelperText(getTranslation("badge-class.field.endorsementReminderDays.help"));
        label(validityMonths, "validityMonths", false);
        validityMonths.setSuffixComponent(new Span(getTranslation("badge-class.unit.months")));
        validityMonths.setHelperText(getTranslation("badge-class.field.validityMonths.help"));
        return section("badge-class.section.deadlines", acceptanceDays, evidenceDays, evidenceReminderDays,
                reviewDays, reviewReminderDays, endorsementDays, endorsementReminderDays, validityMonths);
    }

    private Component endorsing() {
        label(prerequisites, "prerequisites", false);
        prerequisites.setHelperText(getTranslation("badge-class.field.prerequisites.help"));
        label(endorsers, "endorsers", false);
        label(minEndorsements, "minEndorsements", true);
        minEndorsements.setStepButtonsVisible(true);
        minEndorsements.setHelperText(getTranslation("badge-class.field.minEndorsements.help"));
        return section("badge-class.section.endorsement", prerequisites, endorsers, minEndorsements);
    }

    private Component openBadges() {
        label(verification, "verification", true);
        verification.setItems(VerificationMethod.values());
        verification.setItemLabelGenerator(value -> getTranslation("badge-class.verification." + value));
        verification.setHelperText(getTranslation("badge-class.field.verification.help"));
        label(alignments, "alignments", false);
        alignments.setHelperText(getTranslation("badge-class.field.alignments.help"));
        return section("badge-class.section.open-badges", verification, alignments);
    }

    private Component picture() {
        BoundedUpload.bound(upload, BadgeImage.MAX_BYTES, (metadata, bytes) -> stageImage(
                new ImageUpload(metadata.fileName(), metadata.contentType(), bytes)), () -> showImageProblem(
                        getTranslation("problem.badge-class.image.too-large", BadgeImage.MAX_BYTES / 1024)));
        upload.setAcceptedFileTypes(BadgeImage.PNG, BadgeImage.SVG, ".png", ".svg");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> showImageProblem(rejected.getErrorMessage()));
        preview.setHeight("120px");
        preview.setVisible(false);
        imageMessage.getElement().setAttribute("aria-live", "polite");
        Paragraph hint = new Paragraph(getTranslation("badge-class.image.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        VerticalLayout choosing = new VerticalLayout(hint, upload, imageMessage);
        choosing.setPadding(false);
        HorizontalLayout row = new HorizontalLayout(preview, choosing);
        row.setAlignItems(Alignment.START);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("badge-class.section.image")), row);
        section.setPadding(false);
        return section;
    }

    private Component buttons() {
        save.setText(getTranslation("badge-class.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save().ifPresent(this::saved));
        publish.setText(getTranslation("badge-class.action.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(click -> save().ifPresent(this::publish));
        archive.setText(getTranslation("badge-class.action.archive"));
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        archive.addClickListener(click -> confirmArchive());
        return new HorizontalLayout(save, publish, archive);
    }

    private FormLayout section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        H3 heading = new H3(getTranslation(titleKey));
        form.add(heading, 2);
        for (Component field : fields) {
            boolean wide = field instanceof TextArea || field == name || field == tags || field == jurors
                    || field == prerequisites || field == policy || field == verification || field == alignments;
            form.add(field, wide ? 2 : 1);
        }
        return form;
    }

    private <F extends HasLabel & HasValidation & HasValue<?, ?>> void label(F field, String property,
            boolean required) {
        field.setLabel(getTranslation("badge-class.field." + property));
        field.setRequiredIndicatorVisible(required);
        fieldsByName.put(property, field);
    }

    private void bind() {
        String required = getTranslation("problem.badge-class.required");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(key).asRequired(required).bind("key");
        binder.forField(description).asRequired(required).bind("description");
        binder.forField(criteria).asRequired(required).bind("criteria");
        binder.forField(tags).withConverter(selected -> List.copyOf(selected),
                (List<String> list) -> new LinkedHashSet<>(list)).bind("tags");
        binder.forField(policy).asRequired(required).bind("policy");
        binder.forField(quorum).asRequired(required).bind("quorum");
        binder.forField(maxRounds).asRequired(required).bind("maxRounds");
        binder.forField(acceptanceDays).asRequired(required).bind("acceptanceDays");
        binder.forField(evidenceDays).asRequired(required).bind("evidenceDays");
        binder.forField(evidenceReminderDays).asRequired(required).bind("evidenceReminderDays");
        binder.forField(reviewDays).asRequired(required).bind("reviewDays");
        binder.forField(reviewReminderDays).asRequired(required).bind("reviewReminderDays");
        binder.forField(endorsementDays).asRequired(required).bind("endorsementDays");
        binder.forField(endorsementReminderDays).asRequired(required).bind("endorsementReminderDays");
        binder.forField(validityMonths).bind("validityMonths");
        binder.forField(prerequisites).bind("prerequisites");
        binder.forField(endorsers).bind("endorsers");
        binder.forField(minEndorsements).asRequired(required).bind("minEndorsements");
        binder.forField(jurors).bind("jurors");
        binder.forField(alignments).bind("alignments");
        binder.forField(verification).asRequired(required).bind("verification");
    }

    private UploadI18N uploadTexts() {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("badge-class.image.drop"))
                .setMany(getTranslation("badge-class.image.drop")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("badge-class.image.choose"))
                .setMany(getTranslation("badge-class.image.choose")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("problem.badge-class.image.too-large",
                        BadgeImage.MAX_BYTES / 1024))
                .setIncorrectFileType(getTranslation("problem.badge-class.image.unsupported-type"))
                .setTooManyFiles(getTranslation("badge-class.image.one-only")));
        texts.setFile(new UploadI18N.File().setRemove(getTranslation("badge-class.image.remove"))
                .setRetry(getTranslation("badge-class.image.retry"))
                .setStart(getTranslation("badge-class.image.start")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("badge-class.image.sending"))
                        .setProcessing(getTranslation("badge-class.image.sending"))
                        .setHeld(getTranslation("badge-class.image.sending"))
                        .setStalled(getTranslation("badge-class.image.sending")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("badge-class.image.remaining"))
                        .setUnknown(getTranslation("badge-class.image.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("badge-class.image.failed"))
                        .setUnexpectedServerError(getTranslation("badge-class.image.failed"))
                        .setForbidden(getTranslation("badge-class.image.failed"))));
        texts.setUnits(List.of(getTranslation("badge-class.unit.bytes").split(",")));
        return texts;
    }

    // ---- Opening -----------------------------------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(ID).orElse(NEW);
        offerChoices();
        if (NEW.equals(parameter)) {
            open(null, BadgeClassForm.blank(), null);
        } else {
            BadgeClassId existing = parse(parameter);
            BadgeClass badge = badgeClasses.get(existing);
            open(existing, badgeClasses.form(existing), badge.status());
        }
    }

    private static BadgeClassId parse(String parameter) {
        try {
            return new BadgeClassId(UUID.fromString(parameter));
        } catch (IllegalArgumentException notAnId) {
            throw DomainException.notFound("badge-class.unknown", "badgeClassId");
        }
    }

    /** What the selects offer: members for the jury, partners, other badge classes, tags in use. */
    private void offerChoices() {
        Map<MemberId, Member> people = new LinkedHashMap<>();
        members.withRole(Role.MEMBER).stream()
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .forEach(member -> people.put(member.id(), member));
        jurors.setItems(people.keySet());
        jurors.setItemLabelGenerator(member -> Optional.ofNullable(people.get(member))
                .map(m -> m.name() == null ? m.email() : m.displayName() + " (" + m.email() + ")")
                .orElse(member.toString()));

        Map<PartnerId, String> partnerNames = new LinkedHashMap<>();
        partners.all().forEach(partner -> partnerNames.put(partner.id(), partner.name()));
        endorsers.setItems(partnerNames.keySet());
        endorsers.setItemLabelGenerator(partner -> partnerNames.getOrDefault(partner, partner.toString()));

        tagItems.getItems().clear();
        tagItems.getItems().addAll(badgeClasses.tags());
        tagItems.refreshAll();
    }

    private void offerPrerequisites() {
        Map<BadgeClassId, String> names = new LinkedHashMap<>(badgeClasses.names());
        if (id != null) {
            names.remove(id);
        }
        prerequisites.setItems(names.keySet());
        prerequisites.setItemLabelGenerator(badge -> names.getOrDefault(badge, badge.toString()));
    }

    private void open(BadgeClassId badgeClassId, BadgeClassForm form, BadgeClassStatus badgeStatus) {
        id = badgeClassId;
        currentStatus = badgeStatus;
        savedName = form.name();
        keyTouched = id != null;
        pendingImage = null;
        offerPrerequisites();
        form.tags().stream().filter(tag -> !tagItems.getItems().contains(tag)).forEach(tagItems.getItems()::add);
        tagItems.refreshAll();
        binder.readRecord(form);
        quorum.setEnabled(form.policy() != ReviewPolicy.PANEL);
        showStatus();
        showStoredImage();
    }

    private void showStatus() {
        boolean isNew = id == null;
        boolean archived = currentStatus == BadgeClassStatus.ARCHIVED;
        title.setText(isNew ? getTranslation("badge-class.admin.new")
                : getTranslation("badge-class.admin.edit.title", savedName));
        status.setText(isNew ? "" : getTranslation("badge-class.admin.status",
                getTranslation("badge-class.status." + currentStatus)));
        status.setVisible(!isNew);
        save.setVisible(!archived);
        publish.setVisible(currentStatus == BadgeClassStatus.DRAFT);
        archive.setVisible(!isNew && !archived);
        binder.setReadOnly(archived);
        upload.setVisible(!archived);
    }

    private void showStoredImage() {
        imageMessage.setText("");
        if (id == null) {
            preview.setVisible(false);
            return;
        }
        // The version in the link makes the browser fetch a new picture at once rather than its cached one.
        BadgeImage image = badgeClasses.image(id);
        preview.setSrc("api/v1/badge-classes/" + id + "/image?v=" + image.etag());
        preview.setAlt(getTranslation("badge-class.image.alt", savedName));
        preview.setVisible(true);
    }

    // ---- Acting ------------------------------------------------------------------------------------------------

    /** Checks the image at once, keeps it until the badge class is saved, and shows it. */
    private void stageImage(ImageUpload image) {
        upload.clearFileList();
        try {
            BadgeImage checked = badgeClasses.checkImage(image);
            pendingImage = image;
            preview.setSrc("data:" + checked.mediaType() + ";base64,"
                    + Base64.getEncoder().encodeToString(checked.content()));
            preview.setAlt(getTranslation("badge-class.image.alt", name.getValue()));
            preview.setVisible(true);
            imageMessage.getStyle().remove("color");
            imageMessage.setText(getTranslation("badge-class.image.pending"));
        } catch (DomainException refused) {
            pendingImage = null;
            showImageProblem(translate(refused));
        }
    }

    private void showImageProblem(String message) {
        imageMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        imageMessage.setText(message);
    }

    /** Writes the form through the service; a refusal shows next to its field and gives nothing. */
    private Optional<BadgeClass> save() {
        BadgeClassForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            notifyProblem(getTranslation("problem.form.invalid"));
            return Optional.empty();
        }
        try {
            BadgeClass saved = id == null ? badgeClasses.create(form) : badgeClasses.update(id, form);
            if (pendingImage != null) {
                badgeClasses.uploadImage(saved.id(), pendingImage);
                pendingImage = null;
            }
            return Optional.of(saved);
        } catch (DomainException refused) {
            show(refused);
            return Optional.empty();
        }
    }

    private void saved(BadgeClass badge) {
        if (id == null) {
            notifyDone(getTranslation("badge-class.admin.created", badge.name()));
            UI.getCurrent().navigate(BadgeClassEditorView.class, new RouteParameters(ID, badge.id().toString()));
        } else {
            notifyDone(getTranslation("badge-class.admin.saved", badge.name()));
            reopen(badge.id());
        }
    }

    private void publish(BadgeClass badge) {
        try {
            badgeClasses.publish(badge.id());
            notifyDone(getTranslation("badge-class.admin.published", badge.name()));
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
            notifyDone(getTranslation("badge-class.admin.archived", archived.name()));
        } catch (DomainException refused) {
            show(refused);
        }
        reopen(id);
    }

    private void reopen(BadgeClassId badgeClassId) {
        BadgeClass badge = badgeClasses.get(badgeClassId);
        open(badgeClassId, badgeClasses.form(badgeClassId), badge.status());
    }

    private void show(DomainException refused) {
        String message = translate(refused);
        if ("image".equals(refused.field())) {
            showImageProblem(message);
            return;
        }
        if (refused.field() != null && alignments.showError(refused.field(), message)) {
            return;
        }
        HasValidation field = refused.field() == null ? null : fieldsByName.get(refused.field());
        if (field == null) {
            notifyProblem(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private String translate(DomainException refused) {
        return getTranslation("problem." + refused.code(), refused.arguments().toArray());
    }

    private static void notifyDone(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void notifyProblem(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return (id == null ? getTranslation("badge-class.admin.new")
                : getTranslation("badge-class.admin.edit.title", savedName)) + " · Accolade";
    }
}
