package org.vigil.client.sdk.authenticator.cli;

/** A command could not do its job for a reason it can name: the message and the exit code. */
final class CliFailure extends RuntimeException {

    private final ExitCode exitCode;

    CliFailure(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
