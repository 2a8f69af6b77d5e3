package org.vigil.identity.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.nimbusds.jose.JWSAlgorithm;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.domain.OAuthClient;

/**
 * OpenID Connect Back-Channel Logout 1.0: when a login session ended ({@link LoginSessionEnded}, after its transaction
 * committed), tells every client issued a code in it that registered a {@code backchannel_logout_uri}, with a
 * {@link LogoutTokens logout token} POSTed as a form, off the request that ended the session, on the server's managed
 * scheduler. 200 or 204 is delivered; anything else (a status, a timeout, a refused connection) is tried again with
 * growing pauses, {@link #ATTEMPTS} times in all, each with a fresh token, then dropped with a log line naming the
 * client and the reason, never the token. Redirects are not followed; the address is checked again before each call.
 */
@ApplicationScoped
public class BackChannelLogoutNotifier {

    static final int ATTEMPTS = 4;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(BackChannelLogoutNotifier.class.getName());

    // the managed scheduler: tasks run with the application's context, and stop with it
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ScheduledExecutorService scheduler;

    @EJB
    ClientRegistry clients;

    @EJB
    SigningKeyRing keys;

    @Inject
    IssuerUrl issuer;

    @Inject
    ClientKeys clientKeys;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT).build();

    /** What one client is told, and where. */
    private record Notice(String clientId, URI endpoint, JWSAlgorithm alg, String subject, String sid) {
    }

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoginSessionEnded ended) {
        for (String clientId : ended.clients()) {
            scheduler.execute(() -> prepare(ended, clientId));
        }
    }

    private void prepare(LoginSessionEnded ended, String clientId) {
        try {
            OAuthClient client = clients.find(clientId).orElse(null);
            if (client == null || client.backchannelLogoutUri() == null) {
                return;
            }
            send(new Notice(clientId, URI.create(client.backchannelLogoutUri()), JWSAlgorithm.parse(client.idTokenAlg()),
                    ended.subject(), ended.sid()), 1);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "back-channel logout to client " + clientId + " could not be prepared", e);
        }
    }

    private void send(Notice notice, int attempt) {
        String refused = NotificationEndpoints.check(notice.endpoint().toString(), clientKeys.allowHttpLoopback()).orElse(null);
        if (refused != null) {
            LOG.warning(() -> "back-channel logout to client " + notice.clientId() + " not sent: " + refused);
            return;
        }
        String outcome;
        try {
            String token = new LogoutTokens(issuer.url(), keys::signingKey, Clock.systemUTC())
                    .make(notice.clientId(), notice.alg(), notice.subject(), notice.sid());
            HttpRequest request = HttpRequest.newBuilder(notice.endpoint()).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200 || status == 204) {
                LOG.fine(() -> "back-channel logout to client " + notice.clientId() + " delivered");
                return;
            }
            outcome = "HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : "");
        } catch (java.io.IOException e) {
            outcome = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "back-channel logout to client " + notice.clientId() + " failed; given up", e);
            return;
        }
        String why = outcome;
        if (attempt >= ATTEMPTS) {
            LOG.warning(() -> "back-channel logout to client " + notice.clientId() + " failed " + ATTEMPTS + " times (" + why + "); given up");
            return;
        }
        LOG.info(() -> "back-channel logout to client " + notice.clientId() + " failed (" + why + "), attempt " + attempt + " of " + ATTEMPTS);
        long pause = FIRST_PAUSE.toMillis() << (2 * (attempt - 1));
        scheduler.schedule(() -> send(notice, attempt + 1), pause, TimeUnit.MILLISECONDS);
    }
}
