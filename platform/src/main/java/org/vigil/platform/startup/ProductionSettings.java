package org.vigil.platform.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings that must not keep a demo or placeholder value once the server holds real
 * patients' data, and what is wrong with them. Outside demo mode ({@code VIGIL_DEMO} not
 * {@code true}) the deployment refuses to start while any is left ({@link StartupCheckExtension}).
 *
 * @param databaseUser         the user the datasource connects as
 * @param databasePassword     {@code VIGIL_DB_PASSWORD}, if the datasource takes it from there
 * @param trustKeystorePassword {@code VIGIL_TRUST_KEYSTORE_PASSWORD}, if set (without it the password is generated and sealed)
 * @param tsaPolicy            {@code VIGIL_TRUST_TSA_POLICY}
 * @param adminClientSecret    {@code VIGIL_ADMIN_CLIENT_SECRET}, if set
 * @param atRestKeys           why the at-rest keys cannot be opened, if they cannot
 * @param turnSecret           {@code VIGIL_TURN_SECRET}, coturn's {@code static-auth-secret}, if set (without it calls get no TURN server)
 */
public record ProductionSettings(String databaseUser, Optional<String> databasePassword, Optional<String> trustKeystorePassword,
        Optional<String> tsaPolicy, Optional<String> adminClientSecret, Optional<String> atRestKeys, Optional<String> turnSecret) {

    /** The settings of a server that offers no TURN server. */
    public ProductionSettings(String databaseUser, Optional<String> databasePassword, Optional<String> trustKeystorePassword,
            Optional<String> tsaPolicy, Optional<String> adminClientSecret, Optional<String> atRestKeys) {
        this(databaseUser, databasePassword, trustKeystorePassword, tsaPolicy, adminClientSecret, atRestKeys, Optional.empty());
    }

    /** The TSA policy arc the demo uses: a private enterprise number that is not Vigil's. */
    public static final String DEMO_TSA_POLICY = "1.3.6.1.4.1.99999.1.1";

    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
    // what the demo and earlier versions shipped, and the words such values are made of
    private static final List<String> PLACEHOLDERS = List.of("change-me", "changeme", "change_me", "placeholder");
    private static final List<String> KNOWN_VALUES = List.of("demo-admin-client-secret-change-me-0123456789",
            "vigil-trust-store-change-me", "password", "secret", "changeit");

    /** @return each setting that must change, in words an operator can act on; empty when all is well */
    public List<String> refusals() {
        List<String> refusals = new ArrayList<>();
        if (databaseUser.toLowerCase(Locale.ROOT).equals("sa") && databasePassword.orElse("sa").equals("sa")) {
            refusals.add("the database has the default credentials (sa/sa): set VIGIL_DB_USER and VIGIL_DB_PASSWORD");
        }
        trustKeystorePassword.filter(ProductionSettings::isPlaceholder).ifPresent(p -> refusals.add(
                "VIGIL_TRUST_KEYSTORE_PASSWORD is a placeholder: unset it (the server then generates one and seals it) or choose a real one"));
        if (tsaPolicy.isEmpty()) {
            refusals.add("VIGIL_TRUST_TSA_POLICY is not set: give the timestamp policy an OID of your own arc (e.g. 2.25.<a UUID as an integer>)");
        } else if (!OID.matcher(tsaPolicy.get()).matches()) {
            refusals.add("VIGIL_TRUST_TSA_POLICY is not an OID");
        } else if (tsaPolicy.get().startsWith("1.3.6.1.4.1.99999.")) {
            refusals.add("VIGIL_TRUST_TSA_POLICY is the demo's placeholder arc 1.3.6.1.4.1.99999: use an OID of your own arc");
        }
        adminClientSecret.filter(ProductionSettings::isPlaceholder).ifPresent(s -> refusals.add(
                "VIGIL_ADMIN_CLIENT_SECRET is a placeholder: choose a random secret of at least 32 characters"));
        // anyone who knows the TURN secret can mint credentials and relay through the site's TURN server
        turnSecret.filter(t -> isPlaceholder(t) || t.length() < 32).ifPresent(t -> refusals.add(
                "VIGIL_TURN_SECRET is a placeholder or shorter than 32 characters: choose a random one, the same as coturn's static-auth-secret"));
        atRestKeys.ifPresent(reason -> refusals.add("the at-rest keys cannot be opened (" + reason + "): see README, Secrets at rest"));
        return refusals;
    }

    private static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return value.isBlank() || KNOWN_VALUES.contains(lower) || PLACEHOLDERS.stream().anyMatch(lower::contains);
    }
}
