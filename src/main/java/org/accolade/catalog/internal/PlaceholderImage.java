package org.accolade.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.accolade.catalog.BadgeImage;

/**
 * The picture of a badge class that has none: a medal on a ribbon with the badge's initials, its colour chosen by
 * the key so that two placeholders side by side differ. Text from the badge is escaped: names are written by
 * people.
 */
public final class PlaceholderImage {

    private static final String[][] COLOURS = { { "#1f5fa8", "#d8e6f7" }, { "#2e7d4f", "#dcefe3" },
            { "#a3461b", "#f6e0d4" }, { "#6b3fa0", "#e8ddf4" }, { "#8a6d00", "#f5ecc8" }, { "#00707a", "#d3eef0" } };

    private PlaceholderImage() {
    }

    public static BadgeImage of(String name, String key) {
        String[] colour = COLOURS[Math.floorMod(key == null ? 0 : key.hashCode(), COLOURS.length)];
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240" width="200" height="240" role="img">
                  <title>%s</title>
                  <polygon points="62,120 38,232 70,214 92,236 108,132" fill="%s" opacity="0.85"/>
                  <polygon points="138,120 162,232 130,214 108,236 92,132" fill="%s" opacity="0.85"/>
                  <circle cx="100" cy="92" r="84" fill="%s"/>
                  <circle cx="100" cy="92" r="70" fill="%s" stroke="%s" stroke-width="4" stroke-dasharray="6 5"/>
                  <text x="100" y="92" dy="0.35em" text-anchor="middle" font-family="sans-serif" font-size="56" \
                font-weight="700" fill="%s">%s</text>
                </svg>
                """.formatted(escape(name), colour[0], colour[0], colour[0], colour[1], colour[0], colour[0],
                escape(initials(name)));
        return new BadgeImage(svg.getBytes(StandardCharsets.UTF_8), BadgeImage.SVG, true);
    }

    /** The first letter or digit of the first two words: "Expert numérique" gives "EN", "Éco-citoyen" "ÉC". */
    static String initials(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String initials = Arrays.stream(name.trim().split("[\\s\\-–—_/.,;:]+"))
                .map(word -> word.codePoints().filter(Character::isLetterOrDigit).findFirst())
                .filter(first -> first.isPresent())
                .limit(2)
                .map(first -> new String(Character.toChars(first.getAsInt())).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
        return initials.isEmpty() ? "?" : initials;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0 at all.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
