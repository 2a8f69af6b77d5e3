package org.vigil.client.sdk.authenticator.cli;

import java.util.Set;

import org.vigil.client.sdk.authenticator.ApprovalRequest;
import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.authenticator.Decision;

/**
 * What a phone does with a login page's QR code: take the login over for this device's person
 * and show the request, whose matching code the person compares with the page's. With
 * {@code --approve} it approves at once (headless use and tests).
 */
final class ScanLoginCommand implements Command {

    @Override
    public String synopsis() {
        return "scan-login URL [--approve]";
    }

    @Override
    public String summary() {
        return "take over the login whose QR code holds URL; show the request (and approve it with --approve)";
    }

    @Override
    public Set<String> options() {
        return Set.of("approve");
    }

    @Override
    public ExitCode run(CliContext context) {
        String url = context.arguments().operands("scan-login", "URL").get(0);
        AuthenticatorClient client = context.enrolledClient();
        ApprovalRequest request;
        try {
            request = client.claimQrLogin(url);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.REFUSED, e.getMessage());
        }
        if (context.arguments().flag("approve")) {
            client.decide(request, Decision.APPROVE);
            context.out().println(Decisions.report(Decision.APPROVE, request));
        } else {
            context.out().println(TerminalText.safe(request.id()) + "  " + TerminalText.safe(request.bindingMessage()));
        }
        return ExitCode.OK;
    }
}
