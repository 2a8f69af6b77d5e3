package org.vigil.client.sdk.authenticator.cli;

import java.util.List;
import java.util.Set;

import org.vigil.client.sdk.authenticator.ApprovalRequest;

/** Shows the pending approval requests, oldest first. */
final class RequestsCommand implements Command {

    @Override
    public String synopsis() {
        return "requests";
    }

    @Override
    public String summary() {
        return "show the pending approval requests: id, kind, requester, expiry, binding message";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public ExitCode run(CliContext context) {
        context.arguments().operands("requests");
        List<ApprovalRequest> requests = context.enrolledClient().pendingRequests();
        if (requests.isEmpty()) {
            context.out().println("No pending requests.");
            return ExitCode.OK;
        }
        Table table = new Table("ID", "KIND", "REQUESTER", "EXPIRES", "BINDING MESSAGE");
        for (ApprovalRequest request : requests) {
            table.row(request.id(), request.kind(), request.requester(), request.expiresAt(), request.bindingMessage());
        }
        table.print(context.out());
        return ExitCode.OK;
    }
}
