package org.vigil.identity.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a secret a person chose (the bootstrap admin client's): it must look like what a random generator makes,
 * because its SHA-256 is all that protects it, like the secrets Vigil generates itself (256 random bits, where a slow
 * hash adds nothing). Refused: fewer than 32 characters; fewer than 16 different characters or one character making up
 * a quarter of it; a stretch of 6 or more characters that occurs twice; a run of 6 consecutive characters
 * ({@code 012345}, {@code abcdef}); words people put in secrets; and, outside demo mode, the documented demo value.
 */
public final class ChosenSecrets {

    public static final int MIN_LENGTH = 32;
    private static final int MIN_DISTINCT = 16;
    private static final int REPEAT = 6;
    /** The value README and the run command document; fine for a demo on a laptop, guessable anywhere else. */
    public static final String DEMO_ADMIN_CLIENT_SECRET = "demo-admin-client-secret-change-me-0123456789";
    private static final List<String> WORDS = List.of("password", "passwort", "secret", "admin", "vigil", "changeme", "change-me",
            "letmein", "qwerty", "azerty", "welcome", "default", "example");

    private ChosenSecrets() {
    }

    /** @return why the secret is guessable, or empty when it may be used */
    public static Optional<String> whyGuessable(String secret, boolean demo) {
        if (demo && DEMO_ADMIN_CLIENT_SECRET.equals(secret)) {
            return Optional.empty();
        }
        if (secret == null || secret.length() < MIN_LENGTH) {
            return Optional.of("it has fewer than " + MIN_LENGTH + " characters");
        }
        if (DEMO_ADMIN_CLIENT_SECRET.equals(secret)) {
            return Optional.of("it is the documented demo value (allowed only with VIGIL_DEMO)");
        }
        if (secret.chars().distinct().count() < MIN_DISTINCT) {
            return Optional.of("it has fewer than " + MIN_DISTINCT + " different characters");
        }
        for (int c : secret.chars().distinct().toArray()) {
            if (secret.chars().filter(x -> x == c).count() * 4 > secret.length()) {
                return Optional.of("one character makes up more than a quarter of it");
            }
        }
        for (int i = 0; i + REPEAT <= secret.length(); i++) {
            if (secret.indexOf(secret.substring(i, i + REPEAT), i + 1) >= 0) {
                return Optional.of("a stretch of " + REPEAT + " characters occurs twice in it");
            }
            if (consecutive(secret, i)) {
                return Optional.of("it contains a run of consecutive characters (" + secret.substring(i, i + REPEAT) + ")");
            }
        }
        String lower = secret.toLowerCase(Locale.ROOT);
        return WORDS.stream().filter(lower::contains).findFirst().map(w -> "it contains the word \"" + w + "\"");
    }

    private static boolean consecutive(String s, int from) {
        int step = s.charAt(from + 1) - s.charAt(from);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = from + 1; i < from + REPEAT; i++) {
            if (s.charAt(i) - s.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
