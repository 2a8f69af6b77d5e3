package org.vigil.platform.limits;

/**
 * Control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) in what should be an
 * identifier or a line of text. None has a place in an identifier, and NUL cannot even be stored
 * by PostgreSQL. Free text may hold tabs and line breaks.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Any control character at all: the rule for identifiers, path segments and query parameters. */
    public static boolean inIdentifier(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A control character other than tab, line feed and carriage return: the rule for free text. */
    public static boolean inText(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
