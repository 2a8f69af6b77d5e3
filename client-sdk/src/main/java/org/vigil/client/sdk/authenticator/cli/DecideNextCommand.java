package org.vigil.client.sdk.authenticator.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.vigil.client.sdk.authenticator.ApprovalRequest;
import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.authenticator.Decision;

/**
 * Waits for a pending request whose binding message contains a text, then decides it: the
 * headless way to answer a login that another program is about to start.
 */
final class DecideNextCommand implements Command {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

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
        while (true) {
            Optional<ApprovalRequest> match = client.pendingRequests().stream()
                    .filter(r -> r.bindingMessage() != null && r.bindingMessage().contains(text))
                    .findFirst();
            if (match.isPresent()) {
                client.decide(match.get(), decision);
                context.out().println(Decisions.report(decision, match.get()));
                return ExitCode.OK;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new CliFailure(ExitCode.TIMEOUT, "no pending request with \"" + TerminalText.safe(text)
                        + "\" in its binding message within " + arguments.option("timeout").orElse("60s"));
            }
            sleep(Math.min(left, interval.toNanos()));
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.TIMEOUT, "interrupted while waiting for a request");
        }
    }
}
