package org.vigil.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private static final ProductionSettings GOOD = new ProductionSettings("vigil", Optional.of("s3cr3t-from-the-vault"), Optional.empty(),
            Optional.of("2.25.329800735698586629295641978511506172918"), Optional.of("x7Hq2m9Lk4Pz8Rt1Vb6Nc3Wd5Yf0Gj2S"), Optional.empty());

    @Test
    void realSettingsPass() {
        assertThat(GOOD.refusals()).isEmpty();
    }

    @Test
    void theDefaultDatabaseCredentialsAreRefused() {
        assertThat(new ProductionSettings("SA", Optional.empty(), GOOD.trustKeystorePassword(), GOOD.tsaPolicy(),
                GOOD.adminClientSecret(), Optional.empty()).refusals()).singleElement().asString().contains("sa/sa");
        assertThat(new ProductionSettings("sa", Optional.of("a-real-one"), GOOD.trustKeystorePassword(), GOOD.tsaPolicy(),
                GOOD.adminClientSecret(), Optional.empty()).refusals()).isEmpty();
    }

    @Test
    void placeholderSecretsAreRefused() {
        ProductionSettings placeholders = new ProductionSettings("vigil", Optional.of("x"), Optional.of("vigil-trust-store-change-me"),
                GOOD.tsaPolicy(), Optional.of("demo-admin-client-secret-change-me-0123456789"), Optional.empty());

        assertThat(placeholders.refusals()).hasSize(2).anySatisfy(r -> assertThat(r).contains("VIGIL_TRUST_KEYSTORE_PASSWORD"))
                .anySatisfy(r -> assertThat(r).contains("VIGIL_ADMIN_CLIENT_SECRET"));
    }

    @Test
    void aRealSecretThatHappensToContainAWordIsNoPlaceholder() {
        assertThat(new ProductionSettings("vigil", Optional.of("x"), Optional.of("Demo-Secret-Password-of-the-ward-9f3c1d"),
                GOOD.tsaPolicy(), Optional.of("my-secret-demo-password-4a7e0c2b9d"), Optional.empty()).refusals()).isEmpty();
        assertThat(new ProductionSettings("vigil", Optional.of("x"), Optional.of("changeit"), GOOD.tsaPolicy(), Optional.empty(),
                Optional.empty()).refusals()).hasSize(1);
    }

    @Test
    void theTsaPolicyMustBeAnOidOfOnesOwn() {
        assertThat(withPolicy(Optional.empty())).singleElement().asString().contains("not set");
        assertThat(withPolicy(Optional.of(ProductionSettings.DEMO_TSA_POLICY))).singleElement().asString().contains("placeholder arc");
        assertThat(withPolicy(Optional.of("my policy"))).singleElement().asString().contains("not an OID");
    }

    @Test
    void unusableAtRestKeysAreRefused() {
        assertThat(new ProductionSettings("vigil", GOOD.databasePassword(), Optional.empty(), GOOD.tsaPolicy(), Optional.empty(),
                Optional.of("no at-rest key store at /srv/x")).refusals()).singleElement().asString().contains("/srv/x");
    }

    @Test
    void aPlaceholderOrShortTurnSecretIsRefusedAndNoneIsFine() {
        assertThat(withTurnSecret(Optional.empty())).isEmpty();
        assertThat(withTurnSecret(Optional.of("kP3v9QxL2mZ8rT5wY1cN7bH4jF6dS0aG"))).isEmpty();
        assertThat(withTurnSecret(Optional.of("turn-secret-change-me-0123456789abcdef"))).singleElement().asString().contains("VIGIL_TURN_SECRET");
        assertThat(withTurnSecret(Optional.of("short-but-random-9f3c"))).singleElement().asString().contains("VIGIL_TURN_SECRET");
    }

    private static java.util.List<String> withTurnSecret(Optional<String> secret) {
        return new ProductionSettings("vigil", GOOD.databasePassword(), Optional.empty(), GOOD.tsaPolicy(), Optional.empty(), Optional.empty(),
                secret).refusals();
    }

    private static java.util.List<String> withPolicy(Optional<String> policy) {
        return new ProductionSettings("vigil", GOOD.databasePassword(), Optional.empty(), policy, Optional.empty(), Optional.empty()).refusals();
    }
}
