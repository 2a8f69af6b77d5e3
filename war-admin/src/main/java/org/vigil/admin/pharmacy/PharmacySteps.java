package org.vigil.admin.pharmacy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the inbox offers a pharmacist for a prescription in a given status (wire names): the one next step
 * of the pharmacy's work, and rejection while the prescription is still at the pharmacy's counter. The
 * care module decides in the end; this only keeps buttons that would be refused off the page.
 */
public final class PharmacySteps {

    /** The next step and its button's label. */
    public record Step(String status, String label) {
    }

    private static final Map<String, Step> NEXT = Map.of(
            "received", new Step("verified", "Mark verified"),
            "verified", new Step("in-preparation", "Start preparing"),
            "in-preparation", new Step("ready", "Ready for pickup"));
    private static final Set<String> REJECTABLE = Set.of("received", "verified", "in-preparation", "ready");

    private PharmacySteps() {
    }

    public static Optional<Step> next(String status) {
        return Optional.ofNullable(NEXT.get(status));
    }

    public static boolean rejectable(String status) {
        return REJECTABLE.contains(status);
    }
}
