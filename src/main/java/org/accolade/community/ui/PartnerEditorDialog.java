package org.accolade.community.ui;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accolade.community.Languages;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.shared.DomainException;
import org.accolade.shared.images.ImageInspector;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.accolade.shared.uploads.BoundedUpload;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Creates or edits one partner organisation. A logo is checked as soon as it arrives and stored with the partner;
 * the service has the last word, and each of its refusals shows at the field it names.
 */
class PartnerEditorDialog extends Dialog {

    private final PartnerService partners;
    private final Runnable afterSave;
    final TextField name = new TextField();
    final TextField website = new TextField();
    final EmailField email = new EmailField();
    final TextArea description = new TextArea();
    final Select<Locale> language = new Select<>();
    final Upload upload = new Upload();
    final Image preview = new Image();
    final Span logoMessage = new Span();
    final Button save = new Button();
    private final Map<String, HasValidation> fieldsByName = Map.of("name", name, "website", website, "email", email,
            "description", description, "language", language);

    private PartnerOrganisation partner;
    private ImageUpload pendingLogo;

    PartnerEditorDialog(PartnerService partners, PartnerOrganisation partner, Runnable afterSave) {
        this.partners = partners;
        this.partner = partner;
        this.afterSave = afterSave;
        setHeaderTitle(partner == null ? getTranslation("partners.editor.new")
                : getTranslation("partners.editor.edit", partner.name()));
        FormLayout form = new FormLayout(fields(), logo());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save.setText(getTranslation("partners.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("partners.cancel"), click -> close()), save);
        setWidth("min(100%, 40em)");
        show(partner == null ? PartnerForm.blank() : PartnerForm.of(partner));
    }

    /** Where a partner's logo is served; its version in the link makes the browser fetch a new logo at once. */
    static String logoSource(PartnerOrganisation partner) {
        return "api/v1/partners/" + partner.id() + "/logo?v=" + partner.logoVersion();
    }

    private FormLayout fields() {
        name.setLabel(getTranslation("partners.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        website.setLabel(getTranslation("partners.field.website"));
        website.setRequiredIndicatorVisible(true);
        website.setHelperText(getTranslation("partners.field.website.help"));
        website.setPlaceholder("https://");
        email.setLabel(getTranslation("partners.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("partners.field.email.help"));
        description.setLabel(getTranslation("partners.field.description"));
        description.setMaxLength(2000);
        description.setMinHeight("6em");
        language.setLabel(getTranslation("partners.field.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        FormLayout fields = new FormLayout(name, website, email, language, description);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return fields;
    }

    private HorizontalLayout logo() {
        BoundedUpload.bound(upload, ImageInspector.MAX_BYTES, (metadata, bytes) -> stageLogo(
                new ImageUpload(metadata.fileName(), metadata.contentType(), bytes)), () -> showLogoProblem(
                        getTranslation("problem.partner.logo.too-large", ImageInspector.MAX_BYTES / 1024)));
        upload.setAcceptedFileTypes(ImageInspector.PNG, ImageInspector.SVG, ".png", ".svg");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> showLogoProblem(rejected.getErrorMessage()));
        preview.setHeight("64px");
        preview.getStyle().set("max-width", "10em").set("object-fit", "contain");
        preview.setVisible(false);
        logoMessage.getElement().setAttribute("aria-live", "polite");
        Paragraph hint = new Paragraph(getTranslation("partners.logo.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        Span label = new Span(getTranslation("partners.field.logo"));
        label.getStyle().set("font-weight", "500").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout choosing = new VerticalLayout(label, hint, upload, logoMessage);
        choosing.setPadding(false);
        choosing.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(preview, choosing);
        row.setAlignItems(FlexComponent.Alignment.START);
        return row;
    }

    private UploadI18N uploadTexts() {
        String sending = getTranslation("partners.logo.sending");
        String failed = getTranslation("partners.logo.failed");
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("partners.logo.drop"))
                .setMany(getTranslation("partners.logo.drop")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("partners.logo.choose"))
                .setMany(getTranslation("partners.logo.choose")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("problem.partner.logo.too-large", ImageInspector.MAX_BYTES / 1024))
                .setIncorrectFileType(getTranslation("problem.partner.logo.unsupported-type"))
                .setTooManyFiles(getTranslation("partners.logo.one-only")));
        texts.setFile(new UploadI18N.File().setRemove(getTranslation("partners.logo.remove"))
                .setRetry(getTranslation("partners.logo.retry")).setStart(getTranslation("partners.logo.start")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(sending).setProcessing(sending)
                        .setHeld(sending).setStalled(sending))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("partners.logo.remaining"))
                        .setUnknown(getTranslation("partners.logo.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                        .setUnexpectedServerError(failed).setForbidden(failed)));
        texts.setUnits(List.of(getTranslation("partners.unit.bytes").split(",")));
        return texts;
    }

    private void show(PartnerForm form) {
        name.setValue(form.name());
        website.setValue(form.website() == null ? "" : form.website());
        email.setValue(form.email());
        description.setValue(form.description());
        language.setValue(form.language());
        if (partner != null && partner.hasLogo()) {
            preview.setSrc(logoSource(partner));
            preview.setAlt(getTranslation("partners.logo.alt", partner.name()));
            preview.setVisible(true);
        }
    }

    /** Checks the logo at once, keeps it until the partner is saved, and shows it. */
    private void stageLogo(ImageUpload logo) {
        upload.clearFileList();
        try {
            StoredImage checked = partners.checkLogo(logo);
            pendingLogo = logo;
            preview.setSrc("data:" + checked.mediaType() + ";base64,"
                    + Base64.getEncoder().encodeToString(checked.content()));
            preview.setAlt(getTranslation("partners.logo.alt", name.getValue()));
            preview.setVisible(true);
            logoMessage.getStyle().remove("color");
            logoMessage.setText(getTranslation("partners.logo.pending"));
        } catch (DomainException refused) {
            pendingLogo = null;
            showLogoProblem(translate(refused));
        }
    }

    private void save() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        var form = new PartnerForm(name.getValue(), website.getValue(), email.getValue(), description.getValue(),
                language.getValue());
        try {
            boolean created = partner == null;
            partner = created ? partners.create(form) : partners.update(partner.id(), form);
            if (pendingLogo != null) {
                partner = partners.uploadLogo(partner.id(), pendingLogo);
                pendingLogo = null;
            }
            close();
            Notification.show(getTranslation(created ? "partners.created" : "partners.saved", partner.name()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterSave.run();
        } catch (DomainException refused) {
            showProblem(refused);
        }
    }

    private void showProblem(DomainException refused) {
        String message = translate(refused);
        if ("logo".equals(refused.field())) {
            showLogoProblem(message);
            return;
        }
        HasValidation field = refused.field() == null ? null : fieldsByName.get(refused.field());
        if (field == null) {
            Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void showLogoProblem(String message) {
        logoMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        logoMessage.setText(message);
    }

    private String translate(DomainException refused) {
        return getTranslation("problem." + refused.code(), refused.arguments().toArray());
    }
}
