package org.vigil.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChosenSecretsTest {

    @Test
    void randomValuesAsOpensslMakesThemAreAccepted() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            assertThat(ChosenSecrets.whyGuessable(secret, false)).as(secret).isEmpty();
        }
        assertThat(ChosenSecrets.whyGuessable("4f9c2e7a1b8d3f60a5e2c9b7d1f4a8e3c6b2d9f0", false)).isEmpty();
    }

    @Test
    void guessableSecretsAreRefusedWithTheReason() {
        List<String> guessable = List.of("short", "x".repeat(40), "abcdabcdabcdabcdabcdabcdabcdabcdabcd",
                "correcthorsebatterystaple-correcthorse!", "Xk9#mP2$vL7qR4wZ0123456789tY6uI8oP1aS", "MyHospitalAdminPassword2024ForVigilProd!",
                ChosenSecrets.DEMO_ADMIN_CLIENT_SECRET);
        for (String secret : guessable) {
            assertThat(ChosenSecrets.whyGuessable(secret, false)).as(secret).isPresent();
        }
        assertThat(ChosenSecrets.whyGuessable("short", false)).hasValueSatisfying(why -> assertThat(why).contains("32"));
    }

    @Test
    void theDocumentedDemoValueOnlyInDemoMode() {
        assertThat(ChosenSecrets.whyGuessable(ChosenSecrets.DEMO_ADMIN_CLIENT_SECRET, true)).isEmpty();
        assertThat(ChosenSecrets.whyGuessable(ChosenSecrets.DEMO_ADMIN_CLIENT_SECRET, false)).isPresent();
        assertThat(ChosenSecrets.whyGuessable("short", true)).as("demo mode excuses only its own value").isPresent();
    }
}
