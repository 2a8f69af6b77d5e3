package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/**
 * npm's {@code openid-client} as an independent CIBA client (its
 * {@code initiateBackchannelAuthentication} and {@code pollBackchannelAuthenticationGrant}),
 * with a small Node HTTP receiver for ping and push, in each delivery mode; the authenticator
 * CLI approves or denies.
 */
// once: a protocol peer; the CIBA paths it drives run on PostgreSQL in CibaIT and CibaModesIT
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class OpenIdClientCibaIT {

    @TempDir
    Path home;

    @Test
    void openIdClientCompletesPollPingAndPush(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        CibaModesIT.Person person = CibaModesIT.Person.enrolled(server, mail, home, oidc);
        for (String mode : List.of("poll", "ping", "push")) {
            JsonNode result = run(oidc, person, mode, true);
            assertThat(result.get("mode").asText()).isEqualTo(mode);
            assertThat(result.get("sub").asText()).as(mode).isEqualTo(person.id());
            if (mode.equals("push")) {
                assertThat(result.get("authReqIdClaim").asText()).isNotBlank();
            }
        }
    }

    @Test
    void openIdClientSeesADenialInEachMode(WildFlyServer server, MailCatcher mail) throws Exception {
        Oidc oidc = new Oidc(server);
        CibaModesIT.Person person = CibaModesIT.Person.enrolled(server, mail, home, oidc);
        for (String mode : List.of("poll", "ping", "push")) {
            JsonNode result = run(oidc, person, mode, false);
            assertThat(result.get("error").asText()).as(mode).isEqualTo("access_denied");
        }
    }

    /** One openid-client run in the mode; the person approves or denies. */
    private static JsonNode run(Oidc oidc, CibaModesIT.Person person, String mode, boolean approve) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI endpoint = mode.equals("poll") ? null : URI.create("http://127.0.0.1:" + port + "/ciba");
        CibaModesIT.Station station = CibaModesIT.Station.register(oidc, mode, endpoint, List.of());
        String binding = CibaModesIT.binding("openid-client " + mode);
        Path script = Path.of(System.getProperty("vigil.relying-party")).resolveSibling("ciba.mjs");
        ProcessBuilder node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
        node.environment().putAll(Map.of("ISSUER", oidc.issuer(), "CLIENT_ID", station.clientId(), "CLIENT_SECRET", station.secret(),
                "MODE", mode, "PORT", Integer.toString(port), "LOGIN_HINT", person.email(), "BINDING_MESSAGE", binding));
        Process rp = node.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(rp.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith("STARTED ")) {
                    if (approve) {
                        person.approve(binding);
                    } else {
                        person.deny(binding);
                    }
                } else if (line.startsWith("RESULT ")) {
                    return Json.parse(line.substring("RESULT ".length()));
                } else if (line.startsWith("ERROR ")) {
                    return Json.parse(Json.write(Map.of("error", line.substring("ERROR ".length()))));
                }
            }
            throw new AssertionError("openid-client ended without a result:\n" + seen);
        } finally {
            rp.waitFor(10, TimeUnit.SECONDS);
            rp.destroyForcibly();
        }
    }
}
