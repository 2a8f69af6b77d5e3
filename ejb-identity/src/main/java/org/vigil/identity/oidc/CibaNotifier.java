package org.vigil.identity.oidc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.util.concurrent.ScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;

/**
 * Sends ping and push notifications to clients when an approval was decided ({@link ApprovalDecided}, after its
 * transaction committed) or a request's time ran out ({@link CibaDeadlinePassed}), off the request that caused it,
 * on the server's managed scheduler. It reacts to events and calls nothing that calls it back. Redirects are never
 * followed; a notification that fails is tried {@link #ATTEMPTS} times in all, with growing pauses, then dropped with a log line that names the client and the status, never the token or the body.
 */
@ApplicationScoped
public class CibaNotifier {

    static final int ATTEMPTS = 3;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(CibaNotifier.class.getName());

    // the managed scheduler: tasks run with the application's context, and stop with it
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ScheduledExecutorService scheduler;

    @EJB
    CibaCallbacks callbacks;

    @Inject
    CibaConfiguration configuration;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    void onDecided(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApprovalDecided decided) {
        scheduler.execute(() -> deliver(decided.requestId()));
    }

    void onDeadlinePassed(@Observes CibaDeadlinePassed passed) {
        deliver(passed.approvalId());
    }

    /** Builds and sends the notification of this approval's CIBA request, if it has one still unsent. */
    private void deliver(UUID approvalId) {
        try {
            callbacks.prepare(approvalId).ifPresent(outgoing -> send(outgoing, 1));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CIBA notification for approval " + approvalId + " could not be prepared", e);
        }
    }

    private void send(CibaCallbacks.Outgoing outgoing, int attempt) {
        HTTPRequest request = outgoing.request();
        URI endpoint = request.getURI();
        String refused = NotificationEndpoints.check(endpoint.toString(), configuration.allowHttpLoopback()).orElse(null);
        if (refused != null) {
            LOG.warning(() -> "CIBA " + outgoing.kind() + " to client " + outgoing.clientId() + " not sent: " + refused);
            return;
        }
        String outcome;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(request.getBody() == null ? "" : request.getBody()));
            for (Map.Entry<String, List<String>> header : request.getHeaderMap().entrySet()) {
                header.getValue().forEach(value -> builder.header(header.getKey(), value));
            }
            int status = http.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                LOG.fine(() -> "CIBA " + outgoing.kind() + " to client " + outgoing.clientId() + " delivered");
                return;
            }
            outcome = "HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : "");
        } catch (java.io.IOException e) {
            outcome = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String why = outcome;
        if (attempt >= ATTEMPTS) {
            LOG.warning(() -> "CIBA " + outgoing.kind() + " to client " + outgoing.clientId() + " failed " + ATTEMPTS + " times ("
                    + why + "); given up");
            return;
        }
        LOG.info(() -> "CIBA " + outgoing.kind() + " to client " + outgoing.clientId() + " failed (" + why + "), attempt " + attempt
                + " of " + ATTEMPTS);
        long pause = FIRST_PAUSE.toMillis() << (2 * (attempt - 1));
        scheduler.schedule(() -> send(outgoing, attempt + 1), pause, TimeUnit.MILLISECONDS);
    }
}
