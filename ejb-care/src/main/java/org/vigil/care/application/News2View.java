package org.vigil.care.application;

import java.util.List;

/** A NEWS2 result as the API shows it; {@code partial} with what is {@code missing}. */
public record News2View(int total, String band, boolean partial, List<String> missing, String summary) {
}
