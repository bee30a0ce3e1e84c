package org.accolade.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** The forms of {@code forms/}, read from the classpath (the pom copies them there) and parsed once each. */
@Component
public class FormRepository {

    /** Form ids are file names; anything else (a path, "..") must not reach the resource loader. */
    private static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private final ResourceLoader resourceLoader;
    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

    public FormRepository(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    /**
     * @throws UnknownFormException when no file {@code forms/<formId>.form} exists
     * @throws InvalidFormException when the file is not a form, or declares another id than its name
     */
    public FormDefinition byId(String formId) {
        if (formId == null || !FORM_ID.matcher(formId).matches()) {
            throw new UnknownFormException(formId);
        }
        return forms.computeIfAbsent(formId, this::load);
    }

    private FormDefinition load(String formId) {
        Resource file = resourceLoader.getResource("classpath:forms/" + formId + ".form");
        if (!file.exists()) {
            throw new UnknownFormException(formId);
        }
        FormDefinition form = FormDefinition.parse(read(file));
        // camunda:formRef finds a form by its id, so a file named otherwise would render a different form
        if (!form.id().equals(formId)) {
            throw new InvalidFormException("forms/" + formId + ".form declares the id " + form.id());
        }
        return form;
    }

    private static String read(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + file.getDescription(), unreadable);
        }
    }
}
