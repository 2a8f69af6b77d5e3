package org.vigil.client.sdk.authenticator.cli;

import java.io.Console;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.vigil.client.sdk.authenticator.AuthenticatorClient;
import org.vigil.client.sdk.authenticator.DeviceKeyStore;

/**
 * What a command works with: its arguments, where to print, the environment, the state file,
 * and the key store the options or the state select.
 */
final class CliContext {

    private final Arguments arguments;
    private final PrintStream out;
    private final Map<String, String> environment;
    private CliState state;

    CliContext(Arguments arguments, PrintStream out, Map<String, String> environment) {
        this.arguments = arguments;
        this.out = out;
        this.environment = environment;
    }

    Arguments arguments() {
        return arguments;
    }

    PrintStream out() {
        return out;
    }

    Path statePath() {
        return arguments.option("state").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".vigil", "authenticator.properties"));
    }

    CliState state() {
        if (state == null) {
            state = CliState.load(statePath());
        }
        return state;
    }

    /** The state of an enrolled device, or a failure telling the person to enroll. */
    CliState enrolledState() {
        CliState current = state();
        if (!current.enrolled()) {
            throw new CliFailure(ExitCode.NO_KEY, "not enrolled: " + statePath()
                    + " names no authenticator (run enroll first, or give --state)");
        }
        return current;
    }

    /** The server this run talks to, for messages; never fails. */
    String serverForMessages() {
        Optional<String> given = arguments.option("server");
        if (given.isPresent()) {
            return given.get();
        }
        try {
            return Optional.ofNullable(state().server()).orElse("the server");
        } catch (CliFailure e) {
            return "the server";
        }
    }

    /** The store the options name, else the one the state remembers. */
    StoreChoice storeChoice() {
        Optional<String> pkcs11 = arguments.option(StoreChoice.Kind.PKCS11.option());
        Optional<String> keystore = arguments.option(StoreChoice.Kind.PKCS12.option());
        if (pkcs11.isPresent() && keystore.isPresent()) {
            throw new UsageException("give either --pkcs11 or --keystore, not both");
        }
        if (pkcs11.isPresent()) {
            return new StoreChoice(StoreChoice.Kind.PKCS11, Path.of(pkcs11.get()));
        }
        if (keystore.isPresent()) {
            return new StoreChoice(StoreChoice.Kind.PKCS12, Path.of(keystore.get()));
        }
        if (state().store() != null) {
            return state().store();
        }
        throw new UsageException("no key store: give --pkcs11 CONFIG_FILE or --keystore FILE");
    }

    DeviceKeyStore keyStore(StoreChoice choice) {
        return choice.open(secretFor(choice.kind()));
    }

    /** A client acting as the enrolled device, with its key unlocked. */
    AuthenticatorClient enrolledClient() {
        CliState enrolled = enrolledState();
        DeviceKeyStore store = keyStore(storeChoice());
        return new AuthenticatorClient(URI.create(enrolled.server()), store.key()).enrolledAs(enrolled.authenticatorId());
    }

    // From the option, else the environment (so it is not in ps), else asked for on a terminal.
    private char[] secretFor(StoreChoice.Kind kind) {
        for (StoreChoice.Kind other : StoreChoice.Kind.values()) {
            if (other != kind && arguments.option(other.secretOption()).isPresent()) {
                throw new UsageException("--" + other.secretOption() + " is for --" + other.option()
                        + "; this store takes --" + kind.secretOption());
            }
        }
        Optional<String> given = arguments.option(kind.secretOption())
                .or(() -> Optional.ofNullable(environment.get(kind.secretVariable())));
        if (given.isPresent()) {
            return given.get().toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s: ", capitalized(kind.secretName()));
            if (typed != null) {
                return typed;
            }
        }
        throw new UsageException("no " + kind.secretName() + ": give --" + kind.secretOption() + " or set "
                + kind.secretVariable());
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
