package org.vigil.documents.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an independent checker (openssl, pdfsig) and fails the test, never skips it, when it is missing. */
public final class Command {

    /** What a command printed (stdout and stderr together) and how it exited. */
    public record Result(int exitCode, String output) {
    }

    private Command() {
    }

    /** Runs the command and returns its output; any exit code but 0 fails the test. */
    public static String run(Path directory, String... command) throws IOException, InterruptedException {
        Result result = attempt(directory, command);
        if (result.exitCode() != 0) {
            fail(String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    public static Result attempt(Path directory, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command)).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail(command[0] + " is not installed (" + e.getMessage() + "); ./vigil test installs the "
                    + "Debian packages the tests need (openssl, poppler-utils)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), output);
    }
}
