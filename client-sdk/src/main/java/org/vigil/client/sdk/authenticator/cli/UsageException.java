package org.vigil.client.sdk.authenticator.cli;

/** The command line is wrong; the message says how, in one line. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
