package org.vigil.client.sdk.authenticator.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.vigil.client.sdk.Problem;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.authenticator.CourierConfirmation;
import org.vigil.client.sdk.authenticator.Decision;
import org.vigil.client.sdk.authenticator.DeviceKeyException;

/**
 * The Java authenticator on the command line: enrolls this device's key and approves, denies
 * and manages with it. Every failure ends in one readable line on stderr and a documented exit
 * code ({@link ExitCode}).
 */
public final class AuthenticatorCli {

    static final String NAME = "vigil-authenticator";
    private static final Set<String> GLOBAL_OPTIONS = Set.of("state", "pkcs11", "pin", "keystore", "password", "help");
    private static final Map<String, Command> COMMANDS = commands();

    private AuthenticatorCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs one command line and returns its exit code, printing to {@code out} and {@code err};
     * PINs and passwords may come from {@code environment}.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        CliContext context = null;
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.command().isEmpty() || arguments.command().get().equals("help")) {
                if (arguments.flag("help") || arguments.command().isPresent()) {
                    out.print(help());
                    return ExitCode.OK.code();
                }
                throw new UsageException("no command");
            }
            String name = arguments.command().get();
            Command command = COMMANDS.get(name);
            if (command == null) {
                throw new UsageException("unknown command " + TerminalText.safe(name));
            }
            if (arguments.flag("help")) {
                out.println("Usage: " + NAME + " [KEY STORE] [--state FILE] " + command.synopsis());
                out.println(command.summary() + ". See " + NAME + " --help for the key store options and exit codes.");
                return ExitCode.OK.code();
            }
            Set<String> allowed = new HashSet<>(GLOBAL_OPTIONS);
            allowed.addAll(command.options());
            arguments.allowOnly(name, allowed);
            context = new CliContext(arguments, out, environment);
            return command.run(context).code();
        } catch (UsageException e) {
            return fail(err, ExitCode.USAGE, e.getMessage() + " (see " + NAME + " --help)");
        } catch (CliFailure e) {
            return fail(err, e.exitCode(), e.getMessage());
        } catch (VigilApiException e) {
            String hint = e.problem().is("invalid-device-assertion")
                    ? "; if this authenticator was revoked, enroll again; else check this machine's clock" : "";
            return fail(err, ExitCode.REFUSED, "the server refused: " + describe(e.problem()) + hint);
        } catch (DeviceKeyException e) {
            return fail(err, ExitCode.NO_KEY, e.getMessage());
        } catch (UncheckedIOException e) {
            String server = context == null ? "the server" : context.serverForMessages();
            return fail(err, ExitCode.UNREACHABLE, describe(server, e.getCause()));
        } catch (IllegalArgumentException e) {
            return fail(err, ExitCode.USAGE, e.getMessage());
        } catch (RuntimeException e) {
            return fail(err, ExitCode.UNEXPECTED, "unexpected error: " + e);
        }
    }

    private static int fail(PrintStream err, ExitCode code, String message) {
        err.println(NAME + ": " + message);
        return code.code();
    }

    private static String describe(Problem problem) {
        String type = problem.type() == null ? "" : problem.type().replace(Problem.TYPE_PREFIX, "");
        String what = problem.detail() != null ? problem.detail() : problem.title();
        return TerminalText.safe(what) + " (" + TerminalText.safe(type) + ", HTTP " + problem.status() + ")";
    }

    private static String describe(String server, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "cannot reach " + server + ": the connection timed out";
        }
        if (cause instanceof HttpTimeoutException) {
            return server + " did not answer in time";
        }
        if (cause instanceof ConnectException) {
            return "cannot reach " + server + ": " + (causedBy(cause, UnresolvedAddressException.class)
                    ? "unknown host" : "connection refused");
        }
        if (cause instanceof SSLException) {
            return "cannot reach " + server + " over TLS: " + cause.getMessage();
        }
        if (cause instanceof JsonProcessingException) {
            return "the answer of " + server + " is not what a Vigil server sends: "
                    + ((JsonProcessingException) cause).getOriginalMessage();
        }
        return "cannot talk to " + server + ": " + cause;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("enroll", new EnrollCommand());
        commands.put("requests", new RequestsCommand());
        commands.put("approve", new DecideCommand(Decision.APPROVE));
        commands.put("deny", new DecideCommand(Decision.DENY));
        commands.put("approve-next", new DecideNextCommand(Decision.APPROVE));
        commands.put("deny-next", new DecideNextCommand(Decision.DENY));
        commands.put("scan-login", new ScanLoginCommand());
        commands.put("sign-next", new SignNextCommand());
        commands.put("deliveries", new DeliveriesCommand());
        commands.put("confirm-pickup", new ConfirmCommand(CourierConfirmation.PICKED_UP));
        commands.put("confirm-delivery", new ConfirmCommand(CourierConfirmation.DELIVERED));
        commands.put("list", new ListCommand());
        commands.put("rename", new RenameCommand());
        commands.put("revoke", new RevokeCommand());
        return commands;
    }

    static String help() {
        StringBuilder help = new StringBuilder();
        help.append("Usage: ").append(NAME).append(" [KEY STORE] [--state FILE] COMMAND [ARGUMENTS]\n\n")
                .append("Vigil's Java authenticator: keeps this device's EC P-256 key in a PKCS#11 token or a\n")
                .append("PKCS#12 key store and signs enrollments, requests and approvals with it.\n\n")
                .append("Commands:\n");
        for (Command command : COMMANDS.values()) {
            help.append("  ").append(command.synopsis()).append('\n')
                    .append("      ").append(command.summary()).append('\n');
        }
        help.append("""

                Key store (give one at enroll; later commands use the one the state file names):
                  --pkcs11 CONFIG_FILE  a PKCS#11 token: SunPKCS11 configuration (name, library, slot)
                  --pin PIN             the token's user PIN; or set VIGIL_AUTHENTICATOR_PIN,
                                        or type it when asked on a terminal
                  --keystore FILE       a PKCS#12 key store file; enroll creates it if missing
                  --password PASSWORD   its password; or set VIGIL_AUTHENTICATOR_PASSWORD,
                                        or type it when asked on a terminal

                Other options:
                  --state FILE          where the server URL, the authenticator id and the key store
                                        are remembered (default ~/.vigil/authenticator.properties)
                  --help                this text; after a command, that command's usage

                Exit codes:
                """);
        for (ExitCode code : ExitCode.values()) {
            help.append(String.format("  %d  %s%n", code.code(), code.meaning()));
        }
        return help.toString();
    }
}
