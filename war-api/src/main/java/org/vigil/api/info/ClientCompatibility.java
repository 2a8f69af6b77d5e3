package org.vigil.api.info;

import java.util.Map;
import java.util.Set;

/**
 * Which client versions this server accepts. A client checks before it enrolls or after an
 * upgrade of either side, so a gateway in someone's home learns it must update instead of
 * failing on a changed API. Same major version and at least the minimum: while the major is 0,
 * the minor counts as the major, as semantic versioning has it. Pre-releases of the minimum
 * itself are accepted, so development builds talk to each other.
 */
public final class ClientCompatibility {

    private static final Map<String, SemanticVersion> MINIMUM = Map.of(
            "client-sdk", SemanticVersion.parse("0.1.0"),
            "client-gateway", SemanticVersion.parse("0.1.0"),
            "client-station", SemanticVersion.parse("0.1.0"),
            "authenticator", SemanticVersion.parse("0.1.0"));

    private ClientCompatibility() {
    }

    public static Set<String> components() {
        return MINIMUM.keySet();
    }

    /** @throws UnknownComponentException when no such client program exists */
    public static CompatibilityResponse check(String component, String version, String serverVersion) {
        SemanticVersion minimum = MINIMUM.get(component);
        if (minimum == null) {
            throw new UnknownComponentException(component);
        }
        SemanticVersion client = SemanticVersion.parse(version);
        boolean sameLine = client.major() == minimum.major() && (minimum.major() > 0 || client.minor() == minimum.minor());
        // a development build of the minimum release (0.1.0-SNAPSHOT) counts as that release
        boolean compatible = sameLine && client.compareTo(minimum.asPreRelease()) >= 0;
        return new CompatibilityResponse(compatible, format(minimum), serverVersion);
    }

    private static String format(SemanticVersion v) {
        return v.major() + "." + v.minor() + "." + v.patch();
    }
}
