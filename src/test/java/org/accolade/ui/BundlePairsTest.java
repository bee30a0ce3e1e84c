package org.accolade.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle of {@code i18n/} exists in English and in French with the same keys: Spring falls back silently on
 * the other language or on the code, and a person would read the wrong language or a key. Every message is a valid
 * MessageFormat in both, or it could not be written at all, and French writes its apostrophes as ’.
 */
class BundlePairsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.contains("_"))
                    .map(name -> name.replace(".properties", "")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theFrenchBundleHasEveryEnglishKeyAndNoOther(String bundle) throws IOException {
        Properties english = load(bundle);
        Properties french = load(bundle + "_fr");

        assertThat(new TreeSet<>(french.stringPropertyNames())).as(bundle)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyMessageIsAValidMessageFormatInBothLanguages(String bundle) throws IOException {
        for (Properties messages : List.of(load(bundle), load(bundle + "_fr"))) {
            assertThat(messages.stringPropertyNames()).isNotEmpty().allSatisfy(key -> assertThatCode(
                    () -> new MessageFormat(messages.getProperty(key), Locale.FRENCH)).as(bundle + ": " + key)
                    .doesNotThrowAnyException());
        }
    }

    /** A straight apostrophe opens a quoted section in MessageFormat and would vanish from the text. */
    @ParameterizedTest
    @MethodSource("bundles")
    void frenchUsesTheTypographicApostropheOnly(String bundle) throws IOException {
        assertThat(load(bundle + "_fr").values()).as(bundle).map(String::valueOf)
                .noneMatch(text -> text.contains("'"));
    }

    private static Properties load(String name) throws IOException {
        Path file = BUNDLES.resolve(name + ".properties");
        assertThat(file).as("the bundle " + name).exists();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
