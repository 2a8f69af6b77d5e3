package org.vigil.client.sdk.authenticator.cli;

import java.util.Set;

import org.vigil.client.sdk.authenticator.ApprovalRequest;
import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.authenticator.Decision;

/**
 * Approves or denies one pending request by id. The request is fetched first: the signature
 * covers its binding message and nonce exactly as the server sent them.
 */
final class DecideCommand implements Command {

    private final Decision decision;

    DecideCommand(Decision decision) {
        this.decision = decision;
    }

    @Override
    public String synopsis() {
        return decision.wireName() + " ID";
    }

    @Override
    public String summary() {
        return decision == Decision.APPROVE ? "approve the pending request ID" : "deny the pending request ID";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public ExitCode run(CliContext context) {
        String id = context.arguments().operands(decision.wireName(), "ID").get(0);
        AuthenticatorClient client = context.enrolledClient();
        ApprovalRequest request = client.pendingRequests().stream()
                .filter(r -> id.equals(r.id()))
                .findFirst()
                .orElseThrow(() -> new CliFailure(ExitCode.REFUSED, "no pending request " + id
                        + ": it is unknown, expired or decided already"));
        client.decide(request, decision);
        context.out().println(Decisions.report(decision, request));
        return ExitCode.OK;
    }
}
