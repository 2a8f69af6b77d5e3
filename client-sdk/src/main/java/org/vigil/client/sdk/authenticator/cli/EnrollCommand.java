package org.vigil.client.sdk.authenticator.cli;

import java.net.URI;
import java.util.Set;

import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.authenticator.DeviceKey;
import org.vigil.client.sdk.authenticator.DeviceKeyStore;
import org.vigil.client.sdk.authenticator.EnrollmentResponse;

/**
 * Enrolls the device key with a one-time code. The key already in the store is reused, so a
 * mistyped code can simply be retried; {@code --new-key} replaces it.
 */
final class EnrollCommand implements Command {

    @Override
    public String synopsis() {
        return "enroll --server URL --code CODE --name NAME [--new-key]";
    }

    @Override
    public String summary() {
        return "enroll this device's key (created in the store if missing) with an enrollment code";
    }

    @Override
    public Set<String> options() {
        return Set.of("server", "code", "name", "new-key");
    }

    @Override
    public ExitCode run(CliContext context) {
        Arguments arguments = context.arguments();
        arguments.operands("enroll");
        URI server = serverUrl(arguments.required("enroll", "server"));
        String code = arguments.required("enroll", "code").trim();
        String name = arguments.required("enroll", "name").trim();
        StoreChoice choice = context.storeChoice();
        DeviceKeyStore store = context.keyStore(choice);
        DeviceKey key = arguments.flag("new-key") ? store.generate() : store.find().orElseGet(store::generate);

        AuthenticatorClient client = new AuthenticatorClient(server, key);
        EnrollmentResponse enrolled;
        try {
            enrolled = client.enroll(code, name);
        } catch (VigilApiException e) {
            if (e.problem().is("key-already-enrolled")) {
                throw new CliFailure(ExitCode.REFUSED, "this key is enrolled already; enroll with --new-key to use a new key");
            }
            if (e.problem().is("invalid-enrollment-code")) {
                throw new CliFailure(ExitCode.REFUSED, "the enrollment code " + code
                        + " is unknown, used or expired; ask for a new one");
            }
            throw e;
        }
        new CliState(client.issuer(), enrolled.authenticatorId(), enrolled.name(),
                new StoreChoice(choice.kind(), choice.location().toAbsolutePath())).save(context.statePath());
        context.out().printf("Enrolled \"%s\" as authenticator %s (account %s).%n",
                TerminalText.safe(enrolled.name()), TerminalText.safe(enrolled.authenticatorId()),
                TerminalText.safe(enrolled.accountId()));
        context.out().printf("Key: %s; state: %s%n", store.description(), context.statePath().toAbsolutePath());
        return ExitCode.OK;
    }

    private static URI serverUrl(String value) {
        try {
            URI url = new URI(value.trim());
            if (url.getScheme() == null || url.getRawAuthority() == null) {
                throw new UsageException("--server is a URL like http://localhost:8080, not: " + value);
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("--server is a URL like http://localhost:8080, not: " + value);
        }
    }
}
