package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.ScriptLines;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.AuthenticatorCli;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * An independent relying party, npm's {@code openid-client}, runs discovery, the code flow with
 * PKCE (validating the ID token itself), userinfo, refresh, introspection and revocation against
 * the deployed server; the test plays the browser, the authenticator CLI approves.
 */
// once: a protocol peer; the OIDC paths it drives run on PostgreSQL in OidcIT
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class OpenIdClientIT {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path home;

    private static final String REDIRECT = "http://localhost:9/openid-client/callback";

    @Test
    void openIdClientCompletesTheWholeFlow(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        JsonNode client = oidc.register(Map.of("clientId", "openid-client-" + System.nanoTime(), "name", "openid-client",
                "tokenEndpointAuthMethod", "client_secret_basic", "redirectUris", List.of(REDIRECT),
                "grantTypes", List.of("authorization_code", "refresh_token"),
                "scopes", List.of("openid", "profile", "email", "offline_access"), "firstParty", true));
        SignUps.Person person = SignUps.Person.random();
        AuthenticatorCli cli = new AuthenticatorCli(home);
        assertThat(cli.run("enroll", "--server", oidc.issuer(), "--code", SignUps.level1(server, mail, person), "--name", "cli")
                .exitCode()).isZero();

        ProcessBuilder node = new ProcessBuilder("node", System.getProperty("vigil.relying-party")).redirectErrorStream(true);
        node.environment().putAll(Map.of("ISSUER", oidc.issuer(), "CLIENT_ID", client.get("clientId").asText(),
                "CLIENT_SECRET", client.get("clientSecret").asText(), "REDIRECT_URI", REDIRECT));
        Process rp = node.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(rp.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(rp.getOutputStream(), StandardCharsets.UTF_8)) {
            String authorize = ScriptLines.expect(out, "AUTHORIZE ");

            HttpResponse<String> loginPage = oidc.browse(authorize);
            HttpResponse<String> callback = oidc.loginWithCli(loginPage, person.email(), cli);
            assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
            in.write(callback.headers().firstValue("Location").orElseThrow() + "\n");
            in.flush();

            JsonNode result = Json.parse(ScriptLines.expect(out, "RESULT "));
            assertThat(result.get("email").asText()).isEqualTo(person.email());
            assertThat(result.get("acr").asText()).isEqualTo("http://eidas.europa.eu/LoA/low");
            assertThat(result.get("amr").toString()).isEqualTo("[\"swk\"]");
            assertThat(result.get("refreshedAccessToken").asBoolean()).isTrue();
            assertThat(result.get("rotatedRefreshToken").asBoolean()).isTrue();
            assertThat(result.get("introspectedActive").asBoolean()).isTrue();
            assertThat(result.get("introspectedSub").asText()).isEqualTo(result.get("sub").asText());
            assertThat(result.get("revokedActive").asBoolean()).isFalse();
        } finally {
            rp.waitFor(10, TimeUnit.SECONDS);
            rp.destroyForcibly();
        }
        assertThat(rp.exitValue()).isZero();
    }
}
