package org.vigil.identity.oidc;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.SignedJWT;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.identity.domain.OAuthClient;

/**
 * The public keys a client's JWTs (client assertions, signed CIBA requests, login_hint_tokens) are checked with: those it
 * registered, or those it publishes at its {@code jwks_uri}. Published keys are fetched with Nimbus's JWK source: cached
 * for {@link #TIME_TO_LIVE_MS}, fetched again at once when a JWT names a key id the cache lacks (the client rotated its
 * key), but no more often than every {@link #MIN_REFETCH_MS}, so JWTs with made-up key ids cannot make Vigil hammer the
 * client's server. Each fetch is bounded in time and size. Per node; a client is fetched by every node that meets it.
 */
@ApplicationScoped
public class ClientKeys {

    static final long TIME_TO_LIVE_MS = 5 * 60_000;
    static final long MIN_REFETCH_MS = 5_000;
    private static final long REFRESH_TIMEOUT_MS = 5_000;
    private static final int TIMEOUT_MS = 3_000;
    private static final int SIZE_LIMIT_BYTES = 64 * 1024;

    @Inject
    @ConfigProperty(name = "vigil.clients.allow-http-loopback", defaultValue = "false")
    boolean allowHttpLoopback;

    private final Map<String, JWKSource<SecurityContext>> published = new ConcurrentHashMap<>();

    /** Whether the installation lets clients publish their keys at plain-HTTP loopback addresses (tests, development). */
    public boolean allowHttpLoopback() {
        return allowHttpLoopback;
    }

    /**
     * The client's keys that may have signed this JWT: those with its key id, or all of them when it names none.
     *
     * @throws IllegalArgumentException when the client's published keys cannot be fetched (the JWT is then refused)
     */
    public JWKSet forJwt(OAuthClient client, SignedJWT jwt) {
        return of(client, jwt.getHeader().getKeyID());
    }

    /** {@link #forJwt} for a JWT still in its compact form; one that does not parse gets every key (its check refuses it). */
    public JWKSet forJwt(OAuthClient client, String compact) {
        try {
            return forJwt(client, SignedJWT.parse(compact));
        } catch (ParseException e) {
            return of(client, null);
        }
    }

    private JWKSet of(OAuthClient client, String kid) {
        if (client.jwksUri() == null) {
            return client.jwks();
        }
        JWKSource<SecurityContext> source = published.computeIfAbsent(client.clientId() + " " + client.jwksUri(), k -> source(client.jwksUri()));
        JWKMatcher matcher = kid == null ? new JWKMatcher.Builder().build() : new JWKMatcher.Builder().keyID(kid).build();
        try {
            List<JWK> keys = source.get(new JWKSelector(matcher), null);
            return new JWKSet(keys.stream().filter(k -> !k.isPrivate()).toList());
        } catch (KeySourceException e) {
            throw new IllegalArgumentException("the client's keys could not be fetched from its jwks_uri " + client.jwksUri() + ": "
                    + e.getMessage());
        }
    }

    private static JWKSource<SecurityContext> source(String uri) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(URI.create(uri).toURL(), new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, SIZE_LIMIT_BYTES))
                    .cache(TIME_TO_LIVE_MS, REFRESH_TIMEOUT_MS)
                    .refreshAheadCache(false)
                    .rateLimited(MIN_REFETCH_MS)
                    .retrying(false)
                    .outageTolerant(false)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the client's jwks_uri is not a URL: " + uri);
        }
    }
}
