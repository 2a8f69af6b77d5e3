package org.vigil.client.sdk.authenticator.cli;

import java.util.List;
import java.util.Set;

import org.vigil.client.sdk.authenticator.Authenticator;

/** Shows the account's authenticators; a star marks this device. */
final class ListCommand implements Command {

    @Override
    public String synopsis() {
        return "list";
    }

    @Override
    public String summary() {
        return "show your authenticators (* marks this device)";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public ExitCode run(CliContext context) {
        context.arguments().operands("list");
        List<Authenticator> authenticators = context.enrolledClient().authenticators();
        Table table = new Table("", "ID", "NAME", "CREATED", "LAST USED");
        for (Authenticator authenticator : authenticators) {
            table.row(authenticator.current() ? "*" : "", authenticator.authenticatorId(), authenticator.name(),
                    authenticator.createdAt(), authenticator.lastUsedAt());
        }
        table.print(context.out());
        return ExitCode.OK;
    }
}
