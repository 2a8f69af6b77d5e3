package org.vigil.client.sdk.authenticator.cli;

import org.vigil.client.sdk.authenticator.ApprovalRequest;
import org.vigil.client.sdk.authenticator.Decision;

/** How the CLI reports a decision it sent. */
final class Decisions {

    private Decisions() {
    }

    static String report(Decision decision, ApprovalRequest request) {
        return String.format("%s %s from %s: \"%s\"", decision == Decision.APPROVE ? "Approved" : "Denied",
                TerminalText.safe(request.id()), TerminalText.safe(request.requester()),
                TerminalText.safe(request.bindingMessage()));
    }
}
