package org.vigil.identity.oidc;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.PushedAuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.util.URLUtils;

import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.PushedRequest;
import org.vigil.identity.domain.PushedRequestRepository;
import org.vigil.identity.domain.Sha256;

/**
 * RFC 9126: a client pushes its authorization request over an authenticated back channel and gets a short-lived,
 * single-use {@code request_uri} for the browser to carry instead; the request is checked as the authorization
 * endpoint would check it, so a mistake shows up in the client's answer rather than in front of the person.
 */
@Dependent
public class PushedRequests {

    /** Long enough to send the browser on its way, short as FAPI 2.0 asks (under 600 s). */
    public static final Duration LIFETIME = Duration.ofSeconds(60);
    static final String URN_PREFIX = "urn:ietf:params:oauth:request_uri:";
    private static final int MAX_LENGTH = 8000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PushedRequestRepository requests;
    private final AuthorizationRequestCheck check;

    @Inject
    public PushedRequests(PushedRequestRepository requests, AuthorizationRequestCheck check) {
        this.requests = requests;
        this.check = check;
    }

    /** @param parameters the request's form parameters, client authentication removed */
    public PushedAuthorizationSuccessResponse push(OAuthClient client, Map<String, List<String>> parameters) {
        if (parameters.containsKey("request_uri")) {
            throw new OAuthException(OAuth2Error.INVALID_REQUEST, "request_uri cannot be pushed (RFC 9126, section 2.1).");
        }
        if (parameters.containsKey("request")) {
            throw new OAuthException(OAuth2Error.REQUEST_NOT_SUPPORTED, "Request objects are not supported; push the parameters themselves.");
        }
        List<String> named = parameters.get("client_id");
        if (named != null && !named.equals(List.of(client.clientId()))) {
            throw new OAuthException(OAuth2Error.INVALID_REQUEST, "client_id differs from the client that authenticated.");
        }
        Map<String, List<String>> request = new LinkedHashMap<>(parameters);
        request.put("client_id", List.of(client.clientId()));
        String query = URLUtils.serializeParameters(request);
        if (query.length() > MAX_LENGTH) {
            throw new OAuthException(OAuth2Error.INVALID_REQUEST, "The authorization request is longer than " + MAX_LENGTH + " characters.");
        }
        if (check.check(query) instanceof AuthorizationRequestCheck.Refused refused) {
            throw new OAuthException(refused.error(), refused.error().getDescription());
        }
        Instant now = Instant.now();
        requests.removeExpired(now);
        String requestUri = URN_PREFIX + randomValue();
        requests.store(new PushedRequest(Sha256.hex(requestUri), client.clientId(), query, now.plus(LIFETIME)));
        return new PushedAuthorizationSuccessResponse(URI.create(requestUri), LIFETIME.toSeconds());
    }

    /**
     * RFC 9126 §4: the pushed request a {@code request_uri} names, as a query string, for the client that pushed it, once;
     * a request_uri presented for another client is spent all the same.
     */
    public Optional<String> redeem(String requestUri, String clientId) {
        if (requestUri == null || !requestUri.startsWith(URN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return requests.take(Sha256.hex(requestUri)).filter(r -> !r.expired(now) && r.clientId().equals(clientId))
                .map(PushedRequest::parameters);
    }

    private static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
