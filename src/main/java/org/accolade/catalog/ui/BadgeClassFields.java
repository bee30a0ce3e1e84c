package org.accolade.catalog.ui;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.accolade.catalog.Audience;
import org.accolade.catalog.BadgeClassForm;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.VerificationMethod;
import org.accolade.community.MemberId;
import org.accolade.community.PartnerId;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.ui.RefusalFields;
import org.accolade.ui.Refusals;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The badge class editor's fields, bound to a {@link BadgeClassForm} record. Each field is named once, by its
 * record property, which gives its label ({@code badge-class.field.<property>}), its binding, and the service's
 * refusals that show on it.
 */
class BadgeClassFields extends VerticalLayout {

    private final Binder<BadgeClassForm> binder = new Binder<>(BadgeClassForm.class);
    private final RefusalFields refusalFields = new RefusalFields(this);
    private final Select<OrganisationId> organisation = new Select<>();
    private final TextField name = new TextField();
    private final TextField key = new TextField();
    private final IntegerField quorum = new IntegerField();
    private final MultiSelectComboBox<MemberId> jurors = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<BadgeClassId> prerequisites = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<PartnerId> endorsers = new MultiSelectComboBox<>();
    private final TagsField tags = new TagsField();
    private final AlignmentsField alignments = new AlignmentsField();
    private boolean keyTouched;
    private boolean organisationFixed;

    BadgeClassFields() {
        setPadding(false);
        add(describing(), reviewing(), deadlines(), endorsing(), openBadges());
    }

    private FormLayout describing() {
        name.setMaxLength(BadgeClassForm.NAME_MAX_LENGTH);
        name.addValueChangeListener(change -> {
            if (!keyTouched) {
                key.setValue(BadgeClassForm.suggestKey(change.getValue()));
            }
        });
        key.setMaxLength(BadgeClassForm.KEY_MAX_LENGTH);
        key.addValueChangeListener(change -> keyTouched |= change.isFromClient());
        TextArea description = new TextArea();
        description.setMaxLength(BadgeClassForm.DESCRIPTION_MAX_LENGTH);
        TextArea criteria = new TextArea();
        criteria.setMaxLength(BadgeClassForm.CRITERIA_MAX_LENGTH);
        criteria.setMinHeight("8em");
        Select<Audience> audience = new Select<>();
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(value -> getTranslation("badge-class.audience." + value));
        FormLayout section = section("badge-class.section.description");
        section.add(helped(field("organisationId", organisation, false), "organisationId"), 2);
        section.add(field("name", name, true), 2);
        section.add(helped(field("key", key, true), "key"));
        section.add(field("description", description, true), 2);
        section.add(helped(field("criteria", criteria, true), "criteria"), 2);
        section.add(helped(field("tags", tags, false), "tags"), 2);
        section.add(helped(field("audience", audience, true), "audience"), 2);
        return section;
    }

    private FormLayout reviewing() {
        RadioButtonGroup<ReviewPolicy> policy = new RadioButtonGroup<>();
        policy.setItems(ReviewPolicy.values());
        policy.setItemLabelGenerator(value -> getTranslation("badge-class.policy." + value));
        policy.addValueChangeListener(change -> quorum.setEnabled(change.getValue() != ReviewPolicy.PANEL));
        quorum.setStepButtonsVisible(true);
        IntegerField maxRounds = new IntegerField();
        maxRounds.setStepButtonsVisible(true);
        FormLayout section = section("badge-class.section.review");
        section.add(field("policy", policy, true), 2);
        section.add(helped(field("jurors", jurors, false), "jurors"), 2);
        // Required, but left to the service, whose refusal says how many jurors are needed.
        jurors.setRequiredIndicatorVisible(true);
        section.add(helped(field("quorum", quorum, true), "quorum"));
        section.add(field("maxRounds", maxRounds, true));
        return section;
    }

    private FormLayout deadlines() {
        IntegerField validityMonths = new IntegerField();
        validityMonths.setSuffixComponent(new Span(getTranslation("badge-class.unit.months")));
        FormLayout section = section("badge-class.section.deadlines");
        section.add(field("acceptanceDays", days(), true), field("evidenceDays", days(), true));
        section.add(helped(field("evidenceReminderDays", days(), true), "reminder"));
        section.add(field("reviewDays", days(), true));
        section.add(helped(field("reviewReminderDays", days(), true), "reminder"));
        section.add(helped(field("endorsementDays", days(), true), "endorsementDays"));
        section.add(helped(field("endorsementReminderDays", days(), true), "endorsementReminderDays"));
        section.add(helped(field("validityMonths", validityMonths, false), "validityMonths"));
        return section;
    }

    private IntegerField days() {
        IntegerField days = new IntegerField();
        days.setSuffixComponent(new Span(getTranslation("badge-class.unit.days")));
        return days;
    }

    private FormLayout endorsing() {
        IntegerField minEndorsements = new IntegerField();
        minEndorsements.setStepButtonsVisible(true);
        FormLayout section = section("badge-class.section.endorsement");
        section.add(helped(field("prerequisites", prerequisites, false), "prerequisites"), 2);
        section.add(field("endorsers", endorsers, false));
        section.add(helped(field("minEndorsements", minEndorsements, true), "minEndorsements"));
        return section;
    }

    private FormLayout openBadges() {
        RadioButtonGroup<VerificationMethod> verification = new RadioButtonGroup<>();
        verification.setItems(VerificationMethod.values());
        verification.setItemLabelGenerator(value -> getTranslation("badge-class.verification." + value));
        FormLayout section = section("badge-class.section.open-badges");
        section.add(helped(field("verification", verification, true), "verification"), 2);
        section.add(helped(field("alignments", alignments, false), "alignments"), 2);
        return section;
    }

    private FormLayout section(String titleKey) {
        FormLayout section = new FormLayout();
        section.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        section.add(new H3(getTranslation(titleKey)), 2);
        return section;
    }

    /** Labels the field for its record property, binds it, and names it for the service's refusals. */
    private <V, F extends HasLabel & HasValidation & HasValue<?, V>> F field(String property, F field,
            boolean required) {
        field.setLabel(getTranslation("badge-class.field." + property));
        field.setRequiredIndicatorVisible(required);
        Binder.BindingBuilder<BadgeClassForm, V> binding = binder.forField(field);
        (required ? binding.asRequired(getTranslation("problem.badge-class.required")) : binding).bind(property);
        return refusalFields.add(property, field);
    }

    private <F extends HasHelper> F helped(F field, String help) {
        field.setHelperText(getTranslation("badge-class.field." + help + ".help"));
        return field;
    }

    /**
     * What the selects offer: the admin's organisations (a choice only when there are several), the partners, the
     * other badge classes, tags in use. The jurors are offered for the organisation, see {@link #offerJurors}.
     */
    void offer(Map<OrganisationId, String> organisations, Map<PartnerId, String> partners,
            Map<BadgeClassId, String> others, Collection<String> tagsInUse) {
        organisation.setItems(organisations.keySet());
        organisation.setItemLabelGenerator(item -> organisations.getOrDefault(item, item.toString()));
        organisation.setVisible(organisations.size() > 1);
        organisation.setRequiredIndicatorVisible(true);
        offer(endorsers, partners);
        offer(prerequisites, others);
        tags.offerInUse(tagsInUse);
    }

    /** The members of the chosen organisation, whom its jury is made of. */
    void offerJurors(Map<MemberId, String> members) {
        offer(jurors, members);
    }

    /** Tells when the admin chooses another organisation, whose members the jury is then chosen from. */
    void onOrganisationChange(Consumer<OrganisationId> listener) {
        organisation.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                listener.accept(change.getValue());
            }
        });
    }

    private static <T> void offer(MultiSelectComboBox<T> select, Map<T, String> names) {
        select.setItems(names.keySet());
        select.setItemLabelGenerator(item -> names.getOrDefault(item, item.toString()));
    }

    /**
     * Shows a badge class's form; the key follows the name until the admin types one, and the organisation may be
     * chosen, for a new one only.
     */
    void read(BadgeClassForm form, boolean isNew) {
        keyTouched = !isNew;
        organisationFixed = !isNew;
        binder.readRecord(form);
        organisation.setReadOnly(organisationFixed);
        quorum.setEnabled(form.policy() != ReviewPolicy.PANEL);
    }

    /** The form as filled in, or nothing when a field needs correcting first (each says so). */
    Optional<BadgeClassForm> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** Shows a refusal at the field it names, a part of an alignment included; false when it names none here. */
    boolean show(DomainException refusal) {
        return refusal.field() != null && alignments.showError(refusal.field(), Refusals.text(this, refusal))
                || refusalFields.show(refusal);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        organisation.setReadOnly(readOnly || organisationFixed);
    }

    /** The name as typed. */
    String name() {
        return name.getValue();
    }
}
