package org.accolade.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** French falls back on English silently, so a key missing from the French bundle must be caught here. */
class TaskBundlesTest {

    @Test
    void theFrenchBundleHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(load("task-ui_fr").stringPropertyNames()).isEqualTo(load("task-ui").stringPropertyNames());
    }

    @Test
    void theFrenchBundleUsesTheTypographicApostropheOnly() throws IOException {
        assertThat(load("task-ui_fr").values()).map(String::valueOf).noneMatch(text -> text.contains("'"));
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                TaskBundlesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
