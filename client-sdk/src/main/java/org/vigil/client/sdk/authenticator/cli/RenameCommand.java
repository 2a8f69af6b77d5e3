package org.vigil.client.sdk.authenticator.cli;

import java.util.List;
import java.util.Set;

import org.vigil.client.sdk.authenticator.Authenticator;

/** Gives one of the account's authenticators a new name. */
final class RenameCommand implements Command {

    @Override
    public String synopsis() {
        return "rename ID NAME";
    }

    @Override
    public String summary() {
        return "rename your authenticator ID";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public ExitCode run(CliContext context) {
        List<String> operands = context.arguments().operands("rename", "ID", "NAME");
        String name = operands.get(1).trim();
        if (name.isEmpty()) {
            throw new UsageException("rename needs a name that is not blank");
        }
        Authenticator renamed = context.enrolledClient().rename(operands.get(0), name);
        String id = renamed == null ? operands.get(0) : renamed.authenticatorId();
        String newName = renamed == null ? name : renamed.name();
        context.out().printf("Renamed %s to \"%s\".%n", TerminalText.safe(id), TerminalText.safe(newName));
        return ExitCode.OK;
    }
}
