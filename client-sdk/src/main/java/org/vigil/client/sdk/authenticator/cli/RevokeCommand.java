package org.vigil.client.sdk.authenticator.cli;

import java.util.Set;

/**
 * Revokes one of the account's authenticators. Revoking this device's own one also forgets it
 * in the state file, since its key can no longer sign anything.
 */
final class RevokeCommand implements Command {

    @Override
    public String synopsis() {
        return "revoke ID";
    }

    @Override
    public String summary() {
        return "revoke your authenticator ID; it can no longer sign anything";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public ExitCode run(CliContext context) {
        String id = context.arguments().operands("revoke", "ID").get(0);
        context.enrolledClient().revoke(id);
        CliState state = context.enrolledState();
        context.out().printf("Revoked %s.%n", TerminalText.safe(id));
        if (id.equals(state.authenticatorId())) {
            new CliState(state.server(), null, null, state.store()).save(context.statePath());
            context.out().println("That was this device: enroll it again to use it.");
        }
        return ExitCode.OK;
    }
}
