package org.vigil.client.sdk.authenticator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticatorCliTest {

    private static final Map<String, String> PASSWORD = Map.of("VIGIL_AUTHENTICATOR_PASSWORD", "s3cret!");

    @TempDir
    Path directory;

    @Test
    void helpListsEveryCommandAndExitCode() {
        Result result = run(Map.of(), "--help");

        assertThat(result.code).isZero();
        assertThat(result.out).contains("enroll --server URL --code CODE --name NAME", "requests", "approve ID",
                "deny ID", "approve-next --binding-message-contains TEXT", "list", "rename ID NAME", "revoke ID",
                "--pkcs11 CONFIG_FILE", "--keystore FILE", "VIGIL_AUTHENTICATOR_PASSWORD", "Exit codes:",
                "  2  bad command line", "  5  approve-next", "deliveries [--wait] [--timeout 60s]", "confirm-pickup PRESCRIPTION_ID",
                "confirm-delivery PRESCRIPTION_ID");
    }

    @Test
    void commandHelpShowsItsUsage() {
        Result result = run(Map.of(), "approve-next", "--help");

        assertThat(result.code).isZero();
        assertThat(result.out).contains("approve-next --binding-message-contains TEXT [--timeout 60s]");
    }

    @Test
    void noCommandIsAUsageError() {
        assertUsageError(run(Map.of()), "no command");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertUsageError(run(Map.of(), "aprove", "42"), "unknown command aprove");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertUsageError(run(Map.of(), "requests", "--verbose"), "unknown option --verbose");
    }

    @Test
    void optionOfAnotherCommandIsAUsageError() {
        assertUsageError(run(Map.of(), "requests", "--code", "K7QX"), "requests does not take --code");
    }

    @Test
    void missingOptionValueIsAUsageError() {
        assertUsageError(run(Map.of(), "enroll", "--server"), "--server needs a value");
    }

    @Test
    void enrollWithoutCodeIsAUsageError() {
        assertUsageError(run(PASSWORD, "enroll", "--server", "http://localhost:8080", "--name", "laptop",
                "--keystore", directory.resolve("k.p12").toString()), "enroll needs --code");
    }

    @Test
    void enrollWithoutKeyStoreIsAUsageError() {
        assertUsageError(run(PASSWORD, "--state", state(), "enroll", "--server", "http://localhost:8080",
                "--code", "K7QX-M2PA-9ZTR", "--name", "laptop"), "no key store");
    }

    @Test
    void enrollWithTwoKeyStoresIsAUsageError() {
        assertUsageError(run(PASSWORD, "enroll", "--server", "http://localhost:8080", "--code", "K7QX-M2PA-9ZTR",
                "--name", "laptop", "--keystore", "k.p12", "--pkcs11", "token.cfg"), "either --pkcs11 or --keystore");
    }

    @Test
    void enrollWithoutPasswordIsAUsageError() {
        assertUsageError(run(Map.of(), "enroll", "--server", "http://localhost:8080", "--code", "K7QX-M2PA-9ZTR",
                "--name", "laptop", "--keystore", directory.resolve("k.p12").toString()),
                "no key store password: give --password or set VIGIL_AUTHENTICATOR_PASSWORD");
    }

    @Test
    void aPinForAKeyStoreIsAUsageError() {
        assertUsageError(run(Map.of(), "enroll", "--server", "http://localhost:8080", "--code", "K7QX-M2PA-9ZTR",
                "--name", "laptop", "--keystore", directory.resolve("k.p12").toString(), "--pin", "1234"),
                "--pin is for --pkcs11");
    }

    @Test
    void enrollWithAnUnusableUrlIsAUsageError() {
        assertUsageError(run(PASSWORD, "enroll", "--server", "localhost:8080", "--code", "K7QX-M2PA-9ZTR",
                "--name", "laptop", "--keystore", directory.resolve("k.p12").toString()), "--server is a URL");
    }

    @Test
    void approveWithoutIdIsAUsageError() {
        assertUsageError(run(Map.of(), "approve"), "approve takes ID");
    }

    @Test
    void renameWithTooManyOperandsIsAUsageError() {
        assertUsageError(run(Map.of(), "rename", "id", "new", "name"), "rename takes ID NAME, not: id new name");
    }

    @Test
    void badTimeoutIsAUsageError() {
        assertUsageError(run(Map.of(), "approve-next", "--binding-message-contains", "4711", "--timeout", "soon"),
                "--timeout is a duration like 60s");
    }

    @Test
    void approveNextWithoutTextIsAUsageError() {
        assertUsageError(run(Map.of(), "approve-next", "--timeout", "5s"), "approve-next needs --binding-message-contains");
    }

    @Test
    void commandsBeforeEnrollmentSaySo() {
        Result result = run(PASSWORD, "--state", state(), "requests");

        assertThat(result.code).isEqualTo(4);
        assertThat(result.err).startsWith("vigil-authenticator: not enrolled: ").contains("run enroll first");
        assertThat(result.errLines()).isEqualTo(1);
    }

    @Test
    void unreachableServerIsReportedInOneLine() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Result result = run(PASSWORD, "--state", state(), "enroll", "--server", "http://127.0.0.1:" + port,
                "--code", "K7QX-M2PA-9ZTR", "--name", "laptop", "--keystore", directory.resolve("k.p12").toString());

        assertThat(result.code).isEqualTo(3);
        assertThat(result.err).isEqualTo("vigil-authenticator: cannot reach http://127.0.0.1:" + port
                + ": connection refused" + System.lineSeparator());
        assertThat(Path.of(state())).doesNotExist();
    }

    @Test
    void unknownHostIsReportedInOneLine() {
        Result result = run(PASSWORD, "--state", state(), "enroll", "--server", "http://vigil.invalid:8080",
                "--code", "K7QX-M2PA-9ZTR", "--name", "laptop", "--keystore", directory.resolve("k.p12").toString());

        assertThat(result.code).isEqualTo(3);
        assertThat(result.err).isEqualTo("vigil-authenticator: cannot reach http://vigil.invalid:8080: unknown host"
                + System.lineSeparator());
    }

    @Test
    void wrongKeyStorePasswordIsReportedInOneLine() {
        Path keystore = directory.resolve("k.p12");
        new org.vigil.client.sdk.authenticator.Pkcs12DeviceKeyStore(keystore, "right".toCharArray()).generate();

        Result result = run(Map.of("VIGIL_AUTHENTICATOR_PASSWORD", "wrong"), "--state", state(), "enroll",
                "--server", "http://localhost:1", "--code", "K7QX-M2PA-9ZTR", "--name", "laptop",
                "--keystore", keystore.toString());

        assertThat(result.code).isEqualTo(4);
        assertThat(result.err).startsWith("vigil-authenticator: wrong password for PKCS#12 key store ");
        assertThat(result.errLines()).isEqualTo(1);
    }

    @Test
    void missingTokenConfigurationIsReportedInOneLine() {
        Result result = run(Map.of("VIGIL_AUTHENTICATOR_PIN", "1234"), "--state", state(), "enroll",
                "--server", "http://localhost:1", "--code", "K7QX-M2PA-9ZTR", "--name", "laptop",
                "--pkcs11", directory.resolve("absent.cfg").toString());

        assertThat(result.code).isEqualTo(4);
        assertThat(result.err).startsWith("vigil-authenticator: no such PKCS#11 configuration file: ");
        assertThat(result.errLines()).isEqualTo(1);
    }

    private String state() {
        return directory.resolve("state/authenticator.properties").toString();
    }

    private static void assertUsageError(Result result, String message) {
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).startsWith("vigil-authenticator: ").contains(message).contains("(see vigil-authenticator --help)");
        assertThat(result.errLines()).isEqualTo(1);
        assertThat(result.out).isEmpty();
    }

    private static Result run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AuthenticatorCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {

        long errLines() {
            return err.lines().count();
        }
    }
}
