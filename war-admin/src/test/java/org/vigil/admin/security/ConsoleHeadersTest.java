package org.vigil.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConsoleHeadersTest {

    @Test
    void anErrorPageOverHttpsGetsEveryHeader() {
        Map<String, String> headers = ConsoleHeaders.of("/errors/500.html", true);

        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff").containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "no-referrer").containsEntry("Cache-Control", "no-store")
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        assertThat(headers.get("Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'", "form-action 'self'");
    }

    @Test
    void plainHttpGetsNoHstsAndFacesResourcesMayBeCached() {
        assertThat(ConsoleHeaders.of("/index.xhtml", false)).doesNotContainKey("Strict-Transport-Security").containsKey("Content-Security-Policy");
        assertThat(ConsoleHeaders.of("/jakarta.faces.resource/theme.css", true)).doesNotContainKey("Cache-Control")
                .containsEntry("X-Content-Type-Options", "nosniff");
    }

    /** WildFly's own filters (configure.cli) set the same policy on /admin before the WAR answers; they must not drift apart. */
    @Test
    void theServerConfigurationSetsTheSamePolicy() throws IOException {
        String cli = Files.readString(Path.of("../wildfly-config/src/main/cli/configure.cli"));

        assertThat(cli).contains("response-header=vigil-console-csp:add(header-name=Content-Security-Policy, header-value=\"" + ConsoleHeaders.POLICY + "\")");
    }
}
