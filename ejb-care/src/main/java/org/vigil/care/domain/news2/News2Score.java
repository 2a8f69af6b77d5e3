package org.vigil.care.domain.news2;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A NEWS2 result. When parameters are missing it is a partial score: its total and band count only
 * what was measured, so they are a floor, never an all-clear; stations show it as "partial NEWS2"
 * with what is missing, until a nurse or doctor enters it.
 */
public record News2Score(int total, RiskBand band, Map<News2Parameter, Integer> scores, Set<News2Parameter> missing) {

    public News2Score {
        scores = Collections.unmodifiableMap(scores.isEmpty() ? new EnumMap<>(News2Parameter.class) : new EnumMap<>(scores));
        missing = Collections.unmodifiableSet(missing.isEmpty() ? EnumSet.noneOf(News2Parameter.class) : EnumSet.copyOf(missing));
    }

    public boolean partial() {
        return !missing.isEmpty();
    }
}
