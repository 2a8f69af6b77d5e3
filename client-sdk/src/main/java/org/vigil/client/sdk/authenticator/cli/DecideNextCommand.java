package org.vigil.client.sdk.authenticator.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.vigil.client.sdk.authenticator.ApprovalRequest;
import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.authenticator.Decision;
import org.vigil.client.sdk.push.PushConnection;

/**
 * Waits for a pending request whose binding message contains a text, then decides it: the
 * headless way to answer a login that another program is about to start. The request arrives
 * over the push connection; polling ({@code --interval}) stands in while that is not open.
 */
final class DecideNextCommand implements Command {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
    /** How often to poll anyway while the push connection is up: only a safety net then. */
    private static final Duration PUSH_FALLBACK_INTERVAL = Duration.ofSeconds(15);
    private static final String APPROVAL_REQUEST = "approval-request";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Decision decision;

    DecideNextCommand(Decision decision) {
        this.decision = decision;
    }

    @Override
    public String synopsis() {
        return decision.wireName() + "-next --binding-message-contains TEXT [--timeout 60s] [--interval 1s]";
    }

    @Override
    public String summary() {
        return "wait for the oldest pending request whose binding message contains TEXT and "
                + decision.wireName() + " it";
    }

    @Override
    public Set<String> options() {
        return Set.of("binding-message-contains", "timeout", "interval");
    }

    @Override
    public ExitCode run(CliContext context) {
        Arguments arguments = context.arguments();
        String command = decision.wireName() + "-next";
        arguments.operands(command);
        String text = arguments.option("binding-message-contains")
                .orElseThrow(() -> new UsageException(command + " needs --binding-message-contains"));
        Duration timeout = arguments.duration("timeout", DEFAULT_TIMEOUT);
        Duration interval = arguments.duration("interval", DEFAULT_INTERVAL);
        if (interval.isZero()) {
            throw new UsageException("--interval must be more than 0");
        }
        AuthenticatorClient client = context.enrolledClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        BlockingQueue<ApprovalRequest> pushed = new LinkedBlockingQueue<>();
        // the request normally arrives over the push connection; polling covers a request that
        // was made before it opened, and a server or network where it cannot open
        try (PushConnection push = PushConnection.open(client, message -> {
            if (APPROVAL_REQUEST.equals(message.kind())) {
                pushed.add(JSON.convertValue(message.payload(), ApprovalRequest.class));
            }
        })) {
            long nextPoll = System.nanoTime();
            while (true) {
                Optional<ApprovalRequest> match = Optional.empty();
                String via = "push";
                if (System.nanoTime() - nextPoll >= 0) {
                    match = client.pendingRequests().stream().filter(r -> matches(r, text)).findFirst();
                    via = "polling";
                    nextPoll = System.nanoTime() + (push.isReady() ? PUSH_FALLBACK_INTERVAL : interval).toNanos();
                }
                if (match.isEmpty()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new CliFailure(ExitCode.TIMEOUT, "no pending request with \"" + TerminalText.safe(text)
                                + "\" in its binding message within " + arguments.option("timeout").orElse("60s"));
                    }
                    match = take(pushed, Math.min(left, Math.max(0, nextPoll - System.nanoTime())), text);
                    via = "push";
                }
                if (match.isPresent()) {
                    client.decide(match.get(), decision);
                    context.out().println(Decisions.report(decision, match.get()) + " (received by " + via + ")");
                    return ExitCode.OK;
                }
            }
        }
    }

    private static boolean matches(ApprovalRequest request, String text) {
        return request.bindingMessage() != null && request.bindingMessage().contains(text);
    }

    /** Waits up to {@code nanos} for a pushed request that matches; others are not this command's. */
    private static Optional<ApprovalRequest> take(BlockingQueue<ApprovalRequest> pushed, long nanos, String text) {
        long until = System.nanoTime() + nanos;
        try {
            while (true) {
                ApprovalRequest next = pushed.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    return Optional.empty();
                }
                if (matches(next, text) && next.expiresAt().isAfter(Instant.now())) {
                    return Optional.of(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.TIMEOUT, "interrupted while waiting for a request");
        }
    }
}
