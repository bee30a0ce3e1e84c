package org.accolade.catalog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.catalog.Alignment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * The badge class's alignments to competency frameworks, one row each, in order: the admin adds and removes rows.
 * Its value is the list as typed; the service checks it and {@link #showError} puts a refusal on the part it
 * names, as in {@code alignments[1].targetUrl}.
 */
class AlignmentsField extends CustomField<List<Alignment>> {

    private static final Pattern PART = Pattern.compile("alignments\\[(\\d+)]\\.(\\w+)");

    private final Div list = new Div();
    private final List<Row> rows = new ArrayList<>();
    private final Button add = new Button();

    AlignmentsField() {
        super(List.of());
        add.setText(getTranslation("badge-class.alignment.add"));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> {
            Row row = append(new Alignment("", "", "", "", ""));
            updateValue();
            row.targetName.focus();
        });
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(list, add);
    }

    @Override
    protected List<Alignment> generateModelValue() {
        return rows.stream().map(Row::value).toList();
    }

    @Override
    protected void setPresentationValue(List<Alignment> alignments) {
        list.removeAll();
        rows.clear();
        (alignments == null ? List.<Alignment>of() : alignments).forEach(this::append);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        rows.forEach(row -> row.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }

    /** Shows the message on the part of a row the field names; false when it names none here. */
    boolean showError(String field, String message) {
        Matcher matcher = PART.matcher(field);
        if (!matcher.matches()) {
            return false;
        }
        int index = Integer.parseInt(matcher.group(1));
        Optional<TextFieldBase<?, String>> part = index < rows.size()
                ? rows.get(index).part(matcher.group(2)) : Optional.empty();
        part.ifPresent(found -> {
            found.setErrorMessage(message);
            found.setInvalid(true);
            found.focus();
        });
        return part.isPresent();
    }

    private Row append(Alignment alignment) {
        Row row = new Row(alignment);
        row.remove.addClickListener(click -> {
            rows.remove(row);
            list.remove(row);
            updateValue();
        });
        row.setReadOnly(isReadOnly());
        rows.add(row);
        list.add(row);
        return row;
    }

    /** One alignment: the target's name and address (required), its framework, code and description. */
    final class Row extends FormLayout {

        private final TextField targetName = new TextField();
        private final TextField targetUrl = new TextField();
        private final TextField targetFramework = new TextField();
        private final TextField targetCode = new TextField();
        private final TextArea targetDescription = new TextArea();
        private final Button remove = new Button();

        private Row(Alignment alignment) {
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 3));
            getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
            prepare(targetName, "targetName", true, alignment.targetName());
            targetName.setMaxLength(Alignment.NAME_MAX);
            prepare(targetUrl, "targetUrl", true, alignment.targetUrl());
            targetUrl.setMaxLength(Alignment.URL_MAX);
            targetUrl.setPlaceholder("https://");
            prepare(targetFramework, "targetFramework", false, alignment.targetFramework());
            targetFramework.setMaxLength(Alignment.FRAMEWORK_MAX);
            prepare(targetCode, "targetCode", false, alignment.targetCode());
            targetCode.setMaxLength(Alignment.CODE_MAX);
            prepare(targetDescription, "targetDescription", false, alignment.targetDescription());
            targetDescription.setMaxLength(Alignment.DESCRIPTION_MAX);
            remove.setText(getTranslation("badge-class.alignment.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(targetName, 2);
            add(targetCode, 1);
            add(targetUrl, 2);
            add(targetFramework, 1);
            add(targetDescription, 3);
            add(remove, 1);
        }

        private void prepare(TextFieldBase<?, String> field, String name, boolean required, String value) {
            field.setLabel(getTranslation("badge-class.alignment." + name));
            field.setRequiredIndicatorVisible(required);
            field.setValue(value == null ? "" : value);
            // A change ends the refusal it was shown for; the service will judge the new value.
            field.addValueChangeListener(change -> {
                field.setInvalid(false);
                updateValue();
            });
        }

        private Optional<TextFieldBase<?, String>> part(String name) {
            return switch (name) {
                case "targetName" -> Optional.of(targetName);
                case "targetUrl" -> Optional.of(targetUrl);
                case "targetFramework" -> Optional.of(targetFramework);
                case "targetCode" -> Optional.of(targetCode);
                case "targetDescription" -> Optional.of(targetDescription);
                default -> Optional.empty();
            };
        }

        private Alignment value() {
            return new Alignment(targetName.getValue(), targetUrl.getValue(), targetDescription.getValue(),
                    targetFramework.getValue(), targetCode.getValue());
        }

        private void setReadOnly(boolean readOnly) {
            List.<TextFieldBase<?, String>>of(targetName, targetUrl, targetFramework, targetCode, targetDescription)
                    .forEach(part -> part.setReadOnly(readOnly));
            remove.setVisible(!readOnly);
        }
    }
}
