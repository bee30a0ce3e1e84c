package org.accolade.catalog.ui;

import java.util.Locale;

import org.accolade.catalog.FirstAdmin;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.catalog.NewOrganisation;
import org.accolade.community.Languages;
import org.accolade.community.ProfileFields;
import org.accolade.shared.DomainException;
import org.accolade.ui.ImageUploadField;
import org.accolade.ui.Notices;
import org.accolade.ui.RefusalFields;
import org.accolade.ui.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Opens an organisation with its first admin (the operator), or edits one's profile and logo (its admins). The
 * service has the last word, and each of its refusals shows at the field it names.
 */
class OrganisationDialog extends Dialog {

    private final IssuerService organisations;
    private final Runnable afterSave;
    private final RefusalFields refusalFields = new RefusalFields(this);
    private final TextField key = refusalFields.add("key", new TextField());
    private final TextField name = refusalFields.add("name", new TextField());
    private final TextField website = refusalFields.add("website", new TextField());
    private final EmailField email = refusalFields.add("email", new EmailField());
    private final TextArea description = refusalFields.add("description", new TextArea());
    private final Select<Locale> language = refusalFields.add("language", new Select<>());
    private final EmailField adminEmail = refusalFields.add("adminEmail", new EmailField());
    private final TextField adminName = refusalFields.add("adminName", new TextField());
    private final ImageUploadField logo;
    private final Issuer organisation;

    OrganisationDialog(IssuerService organisations, Issuer organisation, Runnable afterSave) {
        this.organisations = organisations;
        this.organisation = organisation;
        this.afterSave = afterSave;
        this.logo = new ImageUploadField("organisations.logo", "issuer.logo", organisations::checkLogo,
                name::getValue);
        logo.setLabel(getTranslation("organisations.field.logo"));
        logo.setPreviewHeight("64px");
        setHeaderTitle(organisation == null ? getTranslation("organisations.editor.new")
                : getTranslation("organisations.editor.edit", organisation.name()));
        FormLayout form = new FormLayout(profileFields());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (organisation == null) {
            form.add(new H4(getTranslation("organisations.first-admin")), adminFields());
        } else {
            form.add(logo);
        }
        add(form);
        Button save = new Button(getTranslation("organisations.save"), click -> save());
        save.setId("save-organisation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("organisations.cancel"), click -> close()), save);
        setWidth("min(100%, 40em)");
        show(organisation);
    }

    private FormLayout profileFields() {
        key.setLabel(getTranslation("organisations.field.key"));
        key.setHelperText(getTranslation("organisations.field.key.help"));
        key.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("organisations.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ProfileFields.NAME_MAX_LENGTH);
        website.setLabel(getTranslation("organisations.field.website"));
        website.setRequiredIndicatorVisible(true);
        website.setPlaceholder("https://");
        website.setMaxLength(ProfileFields.WEBSITE_MAX_LENGTH);
        email.setLabel(getTranslation("organisations.field.email"));
        email.setHelperText(getTranslation("organisations.field.email.help"));
        email.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("organisations.field.description"));
        description.setMaxLength(ProfileFields.DESCRIPTION_MAX_LENGTH);
        description.setMinHeight("6em");
        language.setLabel(getTranslation("organisations.field.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        FormLayout fields = new FormLayout(key, name, website, email, language, description);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return fields;
    }

    private FormLayout adminFields() {
        adminEmail.setLabel(getTranslation("organisations.field.admin-email"));
        adminEmail.setHelperText(getTranslation("organisations.field.admin-email.help"));
        adminEmail.setRequiredIndicatorVisible(true);
        adminName.setLabel(getTranslation("organisations.field.admin-name"));
        FormLayout fields = new FormLayout(adminEmail, adminName);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return fields;
    }

    private void show(Issuer shown) {
        NewOrganisation profile = shown == null
                ? new NewOrganisation("", "", "", "", "", Languages.supported(getLocale()))
                : NewOrganisation.of(shown);
        key.setValue(profile.key());
        name.setValue(profile.name());
        website.setValue(profile.website() == null ? "" : profile.website());
        email.setValue(profile.email() == null ? "" : profile.email());
        description.setValue(profile.description() == null ? "" : profile.description());
        language.setValue(profile.language());
        logo.showStored(shown != null && shown.hasLogo() ? "api/v1/issuers/" + shown.id() + "/logo?v="
                + shown.logoVersion() : null);
    }

    private void save() {
        refusalFields.clear();
        var profile = new NewOrganisation(key.getValue(), name.getValue(), website.getValue(), email.getValue(),
                description.getValue(), language.getValue());
        try {
            Issuer saved = organisation == null
                    ? organisations.create(profile, new FirstAdmin(adminEmail.getValue(), adminName.getValue(),
                            language.getValue()))
                    : organisations.update(organisation.id(), profile);
            logo.pending().ifPresent(chosen -> organisations.uploadLogo(saved.id(), chosen));
            close();
            Notices.done(getTranslation(organisation == null ? "organisations.created" : "organisations.saved",
                    saved.name()));
            afterSave.run();
        } catch (DomainException refused) {
            if ("logo".equals(refused.field())) {
                logo.showProblem(Refusals.text(this, refused));
            } else {
                refusalFields.showOrNotify(refused);
            }
        }
    }
}
