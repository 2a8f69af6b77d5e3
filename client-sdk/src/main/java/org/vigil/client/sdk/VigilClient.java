package org.vigil.client.sdk;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/** The entry point of the SDK: one instance per Vigil server. */
public final class VigilClient {

    private final JsonHttp http;

    public VigilClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    public VigilClient(URI baseUrl, HttpClient httpClient) {
        URI base = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
        this.http = new JsonHttp(base, httpClient);
    }

    public ServerInfo info() {
        return http.get("api/v1/info", ServerInfo.class);
    }

    /**
     * Asks whether the server accepts this version of a client program (client-gateway,
     * client-station, client-sdk, authenticator).
     */
    public Compatibility checkCompatibility(String component, String version) {
        return http.post("api/v1/compatibility", Map.of("component", component, "version", version), Compatibility.class);
    }
}
