package org.accolade.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Screens word a process's steps by element id ({@code timeline.<id>}, {@code task.<id>}, {@code home.task.<id>}):
 * a renamed element would silently lose its words, so every such key must name an element of a model in
 * {@code bpmn/}.
 */
class ElementWordsTest {

    private static final Pattern ELEMENT_KEY = Pattern.compile("\\.((Task|Event|Gateway|Activity)_\\w+)$");

    @Test
    void everyKeyWordingAnElementNamesOneOfTheModels() throws IOException {
        Set<String> elementIds = elementIds();

        assertThat(elementKeys()).isNotEmpty().allSatisfy((key, element) -> assertThat(elementIds)
                .as("%s words no element of bpmn/", key).contains(element));
    }

    private static Set<String> elementIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Resource model : resources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(FlowElement.class).stream()
                        .map(BaseElement::getId).forEach(ids::add);
            }
        }
        return ids;
    }

    /** Each bundle key that words an element, with the element's id. */
    private static Map<String, String> elementKeys() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (Resource bundle : resources("classpath*:i18n/*.properties")) {
            Properties properties = new Properties();
            try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                Matcher element = ELEMENT_KEY.matcher(key);
                if (element.find()) {
                    keys.put(bundle.getFilename() + ": " + key, element.group(1));
                }
            }
        }
        return keys;
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(pattern);
    }
}
