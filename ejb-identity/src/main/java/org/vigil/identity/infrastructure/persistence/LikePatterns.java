package org.vigil.identity.infrastructure.persistence;

/** Text a person typed, inside a JPQL {@code like} pattern with {@code escape '\\'}: their % and _ match only themselves. */
final class LikePatterns {

    private LikePatterns() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
