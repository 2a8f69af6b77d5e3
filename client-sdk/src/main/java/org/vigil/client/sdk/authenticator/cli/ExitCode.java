package org.vigil.client.sdk.authenticator.cli;

/** The CLI's exit codes; {@code --help} prints this list, so scripts can rely on it. */
enum ExitCode {
    OK(0, "done"),
    REFUSED(1, "the server refused (its reason is printed), or the request is not pending"),
    USAGE(2, "bad command line"),
    UNREACHABLE(3, "the server could not be reached or did not answer like a Vigil server"),
    NO_KEY(4, "no usable key or state: not enrolled, wrong PIN or password, missing token or key store"),
    TIMEOUT(5, "approve-next/deny-next/sign-next: no matching request, deliveries --wait: nothing ready, before the timeout"),
    UNEXPECTED(9, "an unexpected error");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    int code() {
        return code;
    }

    String meaning() {
        return meaning;
    }
}
