package org.accolade.tasks.internal.render;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form-js text: Markdown with {@code {{ key }}} placeholders filled from the data. Never raw HTML: a tag written in
 * the form shows as text, and a value from the data is escaped so that it cannot turn into a link, an image or
 * markup either. Placeholders other than a plain (dotted) key, such as FEEL or {@code {{#loop}}} blocks, cannot be
 * evaluated on the server and are left out.
 */
final class MarkdownTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern KEY = Pattern.compile("\\s*([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\s*");
    /** ASCII punctuation but "<", which becomes an entity so that no tag can ever start. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}&&[^<]]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private MarkdownTemplate() {
    }

    /**
     * @param scope the data nearest the text (an item of a dynamic list), looked up before the form's data
     */
    static String fill(String markdown, Map<String, ?> scope, Map<String, ?> data) {
        String withoutHtml = markdown.replace("<", "&lt;");
        Matcher placeholder = PLACEHOLDER.matcher(withoutHtml);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Matcher key = KEY.matcher(placeholder.group(1));
            String value = "";
            if (key.matches()) {
                Object found = DataValues.get(scope, key.group(1));
                value = escape(DataValues.display(found != null ? found : DataValues.get(data, key.group(1))));
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filled).toString();
    }

    /** Every ASCII punctuation mark may be backslash-escaped in CommonMark; a value stays on its line. */
    private static String escape(String value) {
        String oneLine = LINE_BREAKS.matcher(value.strip()).replaceAll(" ");
        return PUNCTUATION.matcher(oneLine).replaceAll(mark -> Matcher.quoteReplacement("\\" + mark.group()))
                .replace("<", "&lt;");
    }
}
