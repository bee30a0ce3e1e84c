package org.accolade.tasks.internal.render;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.accolade.tasks.FormComponent;
import org.accolade.tasks.FormOption;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * One Vaadin field per form-js field type, labelled from the bundles, prefilled, read-only or disabled as the form
 * says. The fields check nothing themselves (manual validation): the one validator shared with the API does, so the
 * screen and the API can never disagree. Each field hands its value over in the form the API takes.
 */
final class FieldFactory {

    private record Field(Component component, Supplier<Object> value) {
    }

    private final RenderContext context;

    FieldFactory(RenderContext context) {
        this.context = context;
    }

    /**
     * @param textPath the field's place in the bundles ({@code items.url})
     * @param initial  the prefilled value, else the form's default
     */
    FieldBinding create(FormComponent component, String textPath, Object initial) {
        Field field = switch (component.type()) {
            case "textfield" -> textField(component, initial);
            case "textarea" -> textArea(initial);
            case "number" -> number(component, initial);
            case "checkbox" -> checkbox(initial);
            case "checklist" -> checklist(options(component, textPath), initial);
            case "radio" -> radio(options(component, textPath), initial);
            case "select" -> select(component, options(component, textPath), initial);
            case "taglist" -> taglist(options(component, textPath), initial);
            case "datetime" -> dateTime(component, initial);
            default -> throw new IllegalArgumentException("Not a field type: " + component.type());
        };
        decorate(field.component(), component, textPath);
        return new FieldBinding(component.key(), field.component(), field.value());
    }

    private Field textField(FormComponent component, Object initial) {
        TextFieldBase<?, String> field = "email".equals(component.rules().validationType())
                ? new EmailField() : new TextField();
        field.setValue(DataValues.text(initial));
        return new Field(field, field::getValue);
    }

    private Field textArea(Object initial) {
        TextArea field = new TextArea();
        field.setMinHeight("6em");
        field.setValue(DataValues.text(initial));
        return new Field(field, field::getValue);
    }

    /** The step is the increment, else one unit of the last decimal digit allowed; step buttons for an increment. */
    private Field number(FormComponent component, Object initial) {
        NumberField field = new NumberField();
        if (component.rules().min() != null) {
            field.setMin(component.rules().min().doubleValue());
        }
        if (component.rules().max() != null) {
            field.setMax(component.rules().max().doubleValue());
        }
        BigDecimal increment = decimal(component.properties().get("increment"));
        BigDecimal digits = decimal(component.properties().get("decimalDigits"));
        if (increment != null && increment.signum() > 0) {
            field.setStep(increment.doubleValue());
            field.setStepButtonsVisible(true);
        } else if (digits != null && digits.signum() >= 0) {
            field.setStep(BigDecimal.ONE.movePointLeft(digits.intValue()).doubleValue());
        }
        field.setValue(DataValues.number(initial));
        return new Field(field, () -> DataValues.decimal(field.getValue()));
    }

    private Field checkbox(Object initial) {
        Checkbox field = new Checkbox();
        field.setValue(DataValues.bool(initial));
        return new Field(field, field::getValue);
    }

    /** Chosen values go over in the order of the options, as form-js sends them. */
    private Field checklist(Map<String, String> options, Object initial) {
        CheckboxGroup<String> field = new CheckboxGroup<>();
        field.setItems(options.keySet());
        field.setItemLabelGenerator(options::get);
        field.setValue(chosen(options, initial));
        return new Field(field, () -> inOrder(options, field.getValue()));
    }

    private Field radio(Map<String, String> options, Object initial) {
        RadioButtonGroup<String> field = new RadioButtonGroup<>();
        field.setItems(options.keySet());
        field.setItemLabelGenerator(options::get);
        field.setValue(chosenOne(options, initial));
        return new Field(field, field::getValue);
    }

    /** A searchable select lets the person type to filter, as form-js does. */
    private Field select(FormComponent component, Map<String, String> options, Object initial) {
        if (Boolean.TRUE.equals(component.properties().get("searchable"))) {
            ComboBox<String> field = new ComboBox<>();
            field.setItems(options.keySet());
            field.setItemLabelGenerator(options::get);
            field.setValue(chosenOne(options, initial));
            return new Field(field, field::getValue);
        }
        Select<String> field = new Select<>();
        field.setItems(options.keySet());
        field.setItemLabelGenerator(value -> value == null ? "" : options.get(value));
        field.setEmptySelectionAllowed(!component.rules().required());
        field.setValue(chosenOne(options, initial));
        return new Field(field, field::getValue);
    }

    private Field taglist(Map<String, String> options, Object initial) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>();
        field.setItems(options.keySet());
        field.setItemLabelGenerator(options::get);
        field.setValue(chosen(options, initial));
        return new Field(field, () -> inOrder(options, field.getValue()));
    }

    /** form-js creates date fields by default; dates go over as ISO text, as the API takes them. */
    private Field dateTime(FormComponent component, Object initial) {
        Object subtype = component.properties().get("subtype");
        Duration step = timeStep(component.properties().get("timeInterval"));
        boolean future = Boolean.TRUE.equals(component.properties().get("disallowPassedDates"));
        LocalDate today = LocalDate.now(context.clock());
        if ("time".equals(subtype)) {
            TimePicker field = new TimePicker();
            if (step != null) {
                field.setStep(step);
            }
            field.setValue(DataValues.time(initial));
            return new Field(field, () -> iso(field.getValue()));
        }
        if ("datetime".equals(subtype)) {
            DateTimePicker field = new DateTimePicker();
            if (step != null) {
                field.setStep(step);
            }
            if (future) {
                field.setMin(today.atStartOfDay());
            }
            field.setValue(DataValues.dateTime(initial, context.clock().getZone()));
            return new Field(field, () -> iso(field.getValue()));
        }
        DatePicker field = new DatePicker();
        if (future) {
            field.setMin(today);
        }
        field.setValue(DataValues.date(initial, context.clock().getZone()));
        return new Field(field, () -> iso(field.getValue()));
    }

    private void decorate(Component field, FormComponent component, String textPath) {
        FormTexts texts = context.texts();
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(texts.label(textPath, label(component)));
        }
        if (field instanceof DateTimePicker picker && component.properties().get("timeLabel") instanceof String time) {
            picker.setTimeAriaLabel(texts.label(textPath + ".time", time));
        }
        if (field instanceof HasHelper helped && component.description() != null) {
            helped.setHelperText(texts.description(textPath, component.description()));
        }
        HasValue<?, ?> input = (HasValue<?, ?>) field;
        input.setRequiredIndicatorVisible(component.rules().required());
        if (Boolean.TRUE.equals(component.properties().get("disabled"))) {
            ((HasEnabled) field).setEnabled(false);
        } else {
            input.setReadOnly(component.readonly());
        }
        ((HasValidation) field).setManualValidation(true);
        ((HasSize) field).setWidthFull();
    }

    /** A datetime field has a date label and a time label instead of a label. */
    private static String label(FormComponent component) {
        if (component.label() != null) {
            return component.label();
        }
        Object dateLabel = component.properties().get("dateLabel");
        Object timeLabel = component.properties().get("timeLabel");
        return dateLabel instanceof String date ? date : timeLabel instanceof String time ? time : null;
    }

    /**
     * Value -> label: the form's own options with their labels from the bundles, else the options in the data at
     * {@code valuesKey} (FormOptions, {label, value} maps or plain values), shown as given.
     */
    private Map<String, String> options(FormComponent component, String textPath) {
        Map<String, String> options = new LinkedHashMap<>();
        if (!component.values().isEmpty()) {
            component.values().forEach(option -> options.putIfAbsent(option.value(),
                    context.texts().option(textPath, option.value(), option.label())));
        } else if (component.valuesKey() != null
                && DataValues.get(DataValues.object(context.data()), component.valuesKey()) instanceof Collection<?> items) {
            items.forEach(item -> addOption(item, options));
        }
        return options;
    }

    private static void addOption(Object item, Map<String, String> options) {
        Object value = item;
        Object label = null;
        if (item instanceof FormOption option) {
            value = option.value();
            label = option.label();
        } else if (item instanceof Map<?, ?> map) {
            value = map.get("value");
            label = map.get("label");
        }
        if (value != null) {
            options.putIfAbsent(String.valueOf(value), String.valueOf(label != null ? label : value));
        }
    }

    /** A prefilled value that is not among the options is left out: the person could not have chosen it. */
    private static String chosenOne(Map<String, String> options, Object initial) {
        return initial != null && options.containsKey(String.valueOf(initial)) ? String.valueOf(initial) : null;
    }

    private static Set<String> chosen(Map<String, String> options, Object initial) {
        Set<String> chosen = DataValues.texts(initial);
        chosen.retainAll(options.keySet());
        return chosen;
    }

    private static List<String> inOrder(Map<String, String> options, Set<String> chosen) {
        return options.keySet().stream().filter(chosen::contains).toList();
    }

    private static String iso(Object value) {
        return value == null ? null : value.toString();
    }

    /** form-js offers intervals of minutes; a picker's step must divide a day evenly. */
    private static Duration timeStep(Object minutes) {
        BigDecimal interval = decimal(minutes);
        if (interval == null || interval.signum() <= 0 || interval.stripTrailingZeros().scale() > 0) {
            return null;
        }
        int whole = interval.intValue();
        return whole > 0 && (24 * 60) % whole == 0 ? Duration.ofMinutes(whole) : null;
    }

    private static BigDecimal decimal(Object value) {
        try {
            return value instanceof Number || value instanceof String ? new BigDecimal(value.toString().trim()) : null;
        } catch (NumberFormatException expression) {
            return null;
        }
    }
}
