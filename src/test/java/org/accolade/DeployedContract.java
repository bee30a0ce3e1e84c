package org.accolade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;

/**
 * A process contract class ({@code RecognitionContract}, {@code EndorsementContract}) held against the model the
 * engine deployed: each top-level name is the process key, an element id or a message name; each variable (a nested
 * class's names) is named by the model, in an expression, a mapping or its documentation; each answer is a field key
 * (or a list's path) or an option value of a form the deployment holds.
 */
public final class DeployedContract {

    private final RepositoryService repository;
    private final ProcessDefinition definition;
    private final BpmnModelInstance model;
    private final String xml;

    public DeployedContract(RepositoryService repository, String processKey) {
        this.repository = repository;
        this.definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
                .singleResult();
        this.model = repository.getBpmnModelInstance(definition.getId());
        this.xml = Bpmn.convertToString(model);
    }

    public BpmnModelInstance model() {
        return model;
    }

    /** Every top-level constant names the process, one of its elements or one of its messages. */
    public void assertElementsAndMessages(Class<?> contract) {
        List<String> messages = model.getModelElementsByType(Message.class).stream().map(Message::getName).toList();
        assertThat(constants(contract)).allSatisfy(name -> assertThat(name.equals(definition.getKey())
                || model.getModelElementById(name) != null || messages.contains(name))
                .as("%s names nothing in %s", name, definition.getResourceName()).isTrue());
    }

    /** Every constant of the nested class is a variable the model names. */
    public void assertVariables(Class<?> variables) {
        assertThat(constants(variables)).allSatisfy(name -> assertThat(Pattern.compile("\\b" + name + "\\b")
                .matcher(xml).find()).as("%s is not named in %s", name, definition.getResourceName()).isTrue());
    }

    /** Every constant of the nested class is a field key, a list's path or an option value of a deployed form. */
    public void assertFormAnswers(Class<?> answers) {
        String forms = deployedForms();
        assertThat(constants(answers)).allSatisfy(name -> assertThat(Pattern
                .compile("\"(key|path|value)\"\\s*:\\s*\"" + name + "\"").matcher(forms).find())
                .as("%s is no field or option of a deployed form", name).isTrue());
    }

    private String deployedForms() {
        return repository.getDeploymentResourceNames(definition.getDeploymentId()).stream()
                .filter(name -> name.endsWith(".form")).map(this::resource)
                .reduce("", String::concat);
    }

    private String resource(String name) {
        try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of a class's public static String constants. */
    public static List<String> constants(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())
                        && field.getType() == String.class)
                .flatMap(DeployedContract::value).toList();
    }

    private static Stream<String> value(Field field) {
        try {
            return Stream.of((String) field.get(null));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
