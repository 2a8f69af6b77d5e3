package org.vigil.client.sdk.authenticator.cli;

import java.util.Set;

/** One of the CLI's commands. */
interface Command {

    /** The command's synopsis as {@code --help} shows it, starting with its name. */
    String synopsis();

    /** What the command does, in one line for {@code --help}. */
    String summary();

    /** The options this command takes besides the global ones. */
    Set<String> options();

    ExitCode run(CliContext context);
}
