package org.vigil.platform.limits;

/**
 * A caller's input as it may appear in an error message: at most
 * {@link InputLimits#EXCERPT_CHARACTERS} characters, control characters shown as {@code \\uXXXX},
 * cut with an ellipsis. An error that quoted its input whole could be made as large as the input,
 * and would carry whatever bytes the caller chose into logs and terminals.
 */
public final class Excerpt {

    private Excerpt() {
    }

    /** The input quoted: {@code 'abc'}, {@code 'abcdef…'}, or {@code none} for null. */
    public static String of(String input) {
        return input == null ? "none" : "'" + shortened(input, InputLimits.EXCERPT_CHARACTERS) + "'";
    }

    /** A text of ours that may embed input, bounded to {@code max} characters. */
    public static String bounded(String text, int max) {
        return text == null ? null : shortened(text, max);
    }

    private static String shortened(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            if (shown == max) {
                return out.append('…').toString();
            }
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
            shown++;
        }
        return out.toString();
    }
}
