package org.accolade.community.ui;

import java.util.Locale;

import org.accolade.community.Languages;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.shared.DomainException;
import org.accolade.ui.ImageUploadField;
import org.accolade.ui.Notices;
import org.accolade.ui.RefusalFields;
import org.accolade.ui.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Creates or edits one partner organisation. A logo is checked as soon as it arrives and stored with the partner;
 * the service has the last word, and each of its refusals shows at the field it names.
 */
class PartnerEditorDialog extends Dialog {

    private final PartnerService partners;
    private final Runnable afterSave;
    private final RefusalFields refusalFields = new RefusalFields(this);
    private final TextField name = refusalFields.add("name", new TextField());
    private final TextField website = refusalFields.add("website", new TextField());
    private final EmailField email = refusalFields.add("email", new EmailField());
    private final TextArea description = refusalFields.add("description", new TextArea());
    private final Select<Locale> language = refusalFields.add("language", new Select<>());
    private final ImageUploadField logo;

    private PartnerOrganisation partner;

    PartnerEditorDialog(PartnerService partners, PartnerOrganisation partner, Runnable afterSave) {
        this.partners = partners;
        this.partner = partner;
        this.afterSave = afterSave;
        this.logo = new ImageUploadField("partners.logo", "partner.logo", partners::checkLogo, name::getValue);
        logo.setLabel(getTranslation("partners.field.logo"));
        logo.setPreviewHeight("64px");
        setHeaderTitle(partner == null ? getTranslation("partners.editor.new")
                : getTranslation("partners.editor.edit", partner.name()));
        FormLayout form = new FormLayout(fields(), logo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("partners.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
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
        name.setMaxLength(PartnerForm.NAME_MAX_LENGTH);
        website.setLabel(getTranslation("partners.field.website"));
        website.setRequiredIndicatorVisible(true);
        website.setHelperText(getTranslation("partners.field.website.help"));
        website.setPlaceholder("https://");
        website.setMaxLength(PartnerForm.WEBSITE_MAX_LENGTH);
        email.setLabel(getTranslation("partners.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("partners.field.email.help"));
        description.setLabel(getTranslation("partners.field.description"));
        description.setMaxLength(PartnerForm.DESCRIPTION_MAX_LENGTH);
        description.setMinHeight("6em");
        language.setLabel(getTranslation("partners.field.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        FormLayout fields = new FormLayout(name, website, email, language, description);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return fields;
    }

    private void show(PartnerForm form) {
        name.setValue(form.name());
        website.setValue(form.website() == null ? "" : form.website());
        email.setValue(form.email());
        description.setValue(form.description());
        language.setValue(form.language());
        logo.showStored(partner != null && partner.hasLogo() ? logoSource(partner) : null);
    }

    private void save() {
        refusalFields.clear();
        var form = new PartnerForm(name.getValue(), website.getValue(), email.getValue(), description.getValue(),
                language.getValue());
        try {
            boolean created = partner == null;
            partner = created ? partners.create(form) : partners.update(partner.id(), form);
            logo.pending().ifPresent(chosen -> partner = partners.uploadLogo(partner.id(), chosen));
            close();
            Notices.done(getTranslation(created ? "partners.created" : "partners.saved", partner.name()));
            afterSave.run();
        } catch (DomainException refused) {
            showProblem(refused);
        }
    }

    private void showProblem(DomainException refused) {
        if ("logo".equals(refused.field())) {
            logo.showProblem(Refusals.text(this, refused));
        } else {
            refusalFields.showOrNotify(refused);
        }
    }
}
