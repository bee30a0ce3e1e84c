package org.accolade.tasks.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accolade.shared.PlainText;
import org.accolade.tasks.FormComponent;
import org.accolade.tasks.FormFieldError;
import org.accolade.tasks.FormRules;

/** Checks one field that holds a value: normalises what was submitted, falls back on the default, applies the rules. */
final class FieldCheck {

    /** @param value what to keep for the field, null for nothing */
    record Outcome(Object value, List<FormFieldError> errors) {
    }

    private final TextFormats formats;

    FieldCheck(TextFormats formats) {
        this.formats = formats;
    }

    Outcome check(String field, FormComponent component, ComponentKind kind, Object submitted,
            Optional<Set<String>> options) {
        Object defaultValue = ValueNormaliser.normalise(component, kind, component.defaultValue()).value();
        if (component.readonly()) {
            return new Outcome(defaultValue, List.of());
        }
        Normalised normalised = ValueNormaliser.normalise(component, kind, submitted);
        if (normalised.failed()) {
            return new Outcome(null, List.of(error(field, normalised.error())));
        }
        Object value = normalised.value() != null ? normalised.value() : defaultValue;
        List<FormFieldError> errors = new ArrayList<>();
        if (isMissing(kind, value)) {
            if (component.rules().required()) {
                errors.add(error(field, ErrorCode.REQUIRED));
            }
        } else {
            checkValue(field, component, kind, value, options, errors);
        }
        return new Outcome(value, errors);
    }

    /** As in form-js, an unticked checkbox does not satisfy "required". */
    private static boolean isMissing(ComponentKind kind, Object value) {
        return value == null || kind == ComponentKind.CHECKBOX && Boolean.FALSE.equals(value);
    }

    private void checkValue(String field, FormComponent component, ComponentKind kind, Object value,
            Optional<Set<String>> options, List<FormFieldError> errors) {
        if (value instanceof String text) {
            checkText(field, component.rules(), text, errors);
        }
        if (value instanceof Number number) {
            checkNumber(field, component, ValueNormaliser.decimal(number), errors);
        }
        if (kind == ComponentKind.CHOICE || kind == ComponentKind.MULTIPLE_CHOICE) {
            checkOptions(field, value, options, errors);
        }
    }

    private void checkText(String field, FormRules rules, String text, List<FormFieldError> errors) {
        if (rules.minLength() != null && text.length() < rules.minLength()) {
            errors.add(error(field, ErrorCode.MIN_LENGTH, rules.minLength()));
        }
        if (rules.maxLength() != null && text.length() > rules.maxLength()) {
            errors.add(error(field, ErrorCode.MAX_LENGTH, rules.maxLength()));
        }
        if (PlainText.hasControlCharacters(text)) {
            errors.add(error(field, ErrorCode.CONTROL_CHARACTERS));
        }
        if (rules.pattern() != null && !formats.matches(rules.pattern(), text)) {
            errors.add(error(field, ErrorCode.PATTERN, rules.pattern()));
        }
        ErrorCode wrongFormat = formats.checkType(rules.validationType(), text);
        if (wrongFormat != null) {
            errors.add(error(field, wrongFormat));
        }
    }

    private static void checkNumber(String field, FormComponent component, BigDecimal number,
            List<FormFieldError> errors) {
        FormRules rules = component.rules();
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            errors.add(error(field, ErrorCode.MIN, rules.min()));
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            errors.add(error(field, ErrorCode.MAX, rules.max()));
        }
        BigDecimal decimalDigits = decimalProperty(component, "decimalDigits");
        if (decimalDigits != null && decimalDigits.signum() >= 0
                && number.stripTrailingZeros().scale() > decimalDigits.intValue()) {
            errors.add(error(field, ErrorCode.DECIMAL_DIGITS, decimalDigits.intValue()));
        }
        BigDecimal increment = decimalProperty(component, "increment");
        if (increment != null && increment.signum() > 0) {
            checkIncrement(field, number, increment, errors);
        }
    }

    /** Names the two nearest valid values, as form-js does, counting steps from zero. */
    private static void checkIncrement(String field, BigDecimal number, BigDecimal increment,
            List<FormFieldError> errors) {
        BigDecimal offset = number.remainder(increment);
        if (offset.signum() == 0) {
            return;
        }
        // remainder keeps the sign of the number; below a negative number the valid value is one step further down
        BigDecimal below = number.subtract(offset.signum() < 0 ? offset.add(increment) : offset);
        errors.add(error(field, ErrorCode.INCREMENT, increment, below, below.add(increment)));
    }

    private static void checkOptions(String field, Object value, Optional<Set<String>> options,
            List<FormFieldError> errors) {
        Collection<?> chosen = value instanceof Collection<?> values ? values : List.of(value);
        options.flatMap(accepted -> chosen.stream().filter(choice -> !accepted.contains(choice)).findFirst())
                .ifPresent(rejected -> errors.add(error(field, ErrorCode.OPTION, rejected)));
    }

    /** decimalDigits and increment are numbers in some form-js versions and text in others. */
    private static BigDecimal decimalProperty(FormComponent component, String name) {
        Object value = component.properties().get(name);
        try {
            return value instanceof Number || value instanceof String ? new BigDecimal(value.toString().trim()) : null;
        } catch (NumberFormatException expression) {
            return null;
        }
    }

    static FormFieldError error(String field, ErrorCode code, Object... arguments) {
        return new FormFieldError(field, code.code(), List.of(arguments));
    }
}
