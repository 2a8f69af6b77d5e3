package org.vigil.client.sdk.authenticator.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.vigil.client.sdk.authenticator.ApprovalRequest;
import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.authenticator.SigningRequest;

/**
 * Waits for a signing request, shows each document (title and SHA-256), signs each one's data
 * to be signed with this device's key and sends the values with one approval.
 */
final class SignNextCommand implements Command {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    @Override
    public String synopsis() {
        return "sign-next [--binding-message-contains TEXT] [--timeout 60s]";
    }

    @Override
    public String summary() {
        return "wait for the oldest signing request (whose binding message contains TEXT), list its documents and sign them";
    }

    @Override
    public Set<String> options() {
        return Set.of("binding-message-contains", "timeout");
    }

    @Override
    public ExitCode run(CliContext context) {
        Arguments arguments = context.arguments();
        arguments.operands("sign-next");
        String text = arguments.option("binding-message-contains").orElse("");
        Duration timeout = arguments.duration("timeout", DEFAULT_TIMEOUT);
        AuthenticatorClient client = context.enrolledClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<ApprovalRequest> match = client.pendingRequests().stream()
                    .filter(r -> "signature".equals(r.kind()))
                    .filter(r -> r.bindingMessage() != null && r.bindingMessage().contains(text))
                    .findFirst();
            if (match.isPresent()) {
                SigningRequest documents = client.signingRequest(match.get());
                context.out().println("Signing request " + TerminalText.safe(match.get().id()) + " from "
                        + TerminalText.safe(match.get().requester()) + ", level " + TerminalText.safe(documents.level()) + ":");
                for (SigningRequest.Item item : documents.documents()) {
                    context.out().println("  " + TerminalText.safe(item.title()) + "  sha256 " + TerminalText.safe(item.sha256()));
                }
                SigningRequest signed = client.sign(match.get(), documents);
                context.out().println("Signed " + signed.documents().size() + " document(s): " + TerminalText.safe(signed.status()));
                return ExitCode.OK;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new CliFailure(ExitCode.TIMEOUT, "no signing request" + (text.isEmpty() ? "" : " with \""
                        + TerminalText.safe(text) + "\" in its binding message") + " within "
                        + arguments.option("timeout").orElse("60s"));
            }
            try {
                Thread.sleep(Math.min(left / 1_000_000, INTERVAL.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliFailure(ExitCode.TIMEOUT, "interrupted while waiting for a signing request");
            }
        }
    }
}
