package org.vigil.it.bench;

import java.util.List;
import java.util.Map;

import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Oidc;
import org.vigil.it.support.VigilSystem;

/** Vigil as built, deployed on WildFly with H2 (one node), with one first-party client for client_credentials. */
final class VigilPeer implements TokenPeer {

    private final VigilSystem system;
    private final Oidc oidc;
    private final String basic;

    private VigilPeer(VigilSystem system, Oidc oidc, String basic) {
        this.system = system;
        this.oidc = oidc;
        this.basic = basic;
    }

    static VigilPeer start(ItSettings settings) {
        VigilSystem system = VigilSystem.start(settings);
        Oidc oidc = new Oidc(system.server());
        var client = oidc.register(Map.of("clientId", "bench-peers", "name", "Peers benchmark", "tokenEndpointAuthMethod", "client_secret_basic",
                "grantTypes", List.of("client_credentials"), "firstParty", true));
        return new VigilPeer(system, oidc, Oidc.basic("bench-peers", client.get("clientSecret").asText()));
    }

    @Override
    public String name() {
        return "Vigil (WildFly 39, H2, ES256 JWT)";
    }

    @Override
    public String tokenUrl() {
        return oidc.issuer() + "/oidc/token";
    }

    @Override
    public String basicAuthorization() {
        return basic;
    }

    @Override
    public long pid() {
        try {
            return Long.parseLong(java.nio.file.Files.readString(system.server().settings().work().resolve("server.pid")).trim());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        system.close();
    }
}
