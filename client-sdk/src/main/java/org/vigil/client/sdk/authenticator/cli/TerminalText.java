package org.vigil.client.sdk.authenticator.cli;

/**
 * Text from the server made safe to print. A binding message is what the person checks before
 * approving, so a requester must not be able to rewrite the screen with control characters or
 * reorder it with bidirectional overrides.
 */
final class TerminalText {

    private static final char REPLACEMENT = '\uFFFD';

    private TerminalText() {
    }

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || isBidiControl(c)) {
                safe.append(REPLACEMENT);
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
