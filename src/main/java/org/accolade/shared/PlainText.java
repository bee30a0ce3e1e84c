package org.accolade.shared;

/**
 * What text a person may send: tabs and line breaks belong in it, no other control character does (PostgreSQL cannot
 * store a NUL; mails and badge images would carry the others as garbage). One rule for the API's bodies and for the
 * forms of the screens.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(PlainText::refused);
    }

    private static boolean refused(int character) {
        return Character.isISOControl(character) && character != '\t' && character != '\n' && character != '\r';
    }
}
