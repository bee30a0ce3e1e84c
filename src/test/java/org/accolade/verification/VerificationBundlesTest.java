package org.accolade.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.accolade.issuance.baking.BakedImageException;
import org.accolade.verification.internal.FetchException;
import org.accolade.verification.internal.Findings;
import org.junit.jupiter.api.Test;

/**
 * Every message the verifier can write exists in English and in French: French falls back on English silently, and
 * a missing key would show its code to a person. (That the two bundles agree, and parse: BundlePairsTest.)
 */
class VerificationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/accolade/verification");
    /** A message code written out in the code; a code ending in a dot is a prefix, completed below. */
    private static final Pattern CODE = Pattern.compile("\"(verification\\.[a-z0-9_.-]*[a-z0-9_-])\"");
    /** Open Badges 2.0 properties that look like codes: AssertionShape names them in its messages. */
    private static final Set<String> PROPERTIES = Set.of("verification.type", "verification.creator");

    private final Properties english = load("verification");
    private final Properties french = load("verification_fr");

    @Test
    void everyCodeTheVerifierWritesHasItsWordsInBothLanguages() throws IOException {
        Set<String> codes = codesInSources();
        Arrays.stream(FetchException.Reason.values())
                .forEach(reason -> codes.add("verification.fetch.reason." + reason.name().toLowerCase(Locale.ROOT)));
        Arrays.stream(BakedImageException.Reason.values())
                .forEach(reason -> codes.add("verification.baked." + reason.name().toLowerCase(Locale.ROOT)));
        checkNames().forEach(name -> codes.add("verify.check." + name));

        assertThat(codes).hasSizeGreaterThan(100).allSatisfy(code -> {
            assertThat(hasWords(english, code)).as("English: " + code).isTrue();
            assertThat(hasWords(french, code)).as("French: " + code).isTrue();
        });
    }

    /** A domain refusal's code is worded under {@code problem.}. */
    private static boolean hasWords(Properties bundle, String code) {
        return bundle.containsKey(code) || bundle.containsKey("problem." + code);
    }

    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher code = CODE.matcher(Files.readString(file));
                while (code.find()) {
                    codes.add(code.group(1));
                }
                codes.removeAll(PROPERTIES);
            }
        }
        return codes;
    }

    /** The check names, the public constants of {@link Findings}. */
    private static Stream<String> checkNames() {
        return Arrays.stream(Findings.class.getFields()).filter(field -> Modifier.isStatic(field.getModifiers()))
                .filter(field -> field.getType() == String.class).map(VerificationBundlesTest::value);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String bundle) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                VerificationBundlesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
