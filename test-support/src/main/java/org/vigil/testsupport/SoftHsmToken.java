package org.vigil.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh SoftHSM2 token in its own directory, and the SunPKCS11 configuration that opens it.
 * SoftHSM reads {@code SOFTHSM2_CONF} once per process, so the build sets that variable for the
 * test JVM (each module's pom.xml) and this writes the file it names before any token is opened.
 * It fails, never skips, when softhsm2 is missing: the PKCS#11 code must be proven on a real token.
 */
public final class SoftHsmToken {

    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    public static final String PIN = "4711-pin";
    private static final String SO_PIN = "so-pin-0815";
    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

    private static SoftHsmToken shared;

    private final Path configuration;

    private SoftHsmToken(Path configuration) {
        this.configuration = configuration;
    }

    /** The SunPKCS11 configuration file that opens this token. */
    public Path configuration() {
        return configuration;
    }

    /**
     * One token for every test class of this JVM, beside the file {@code SOFTHSM2_CONF} names: the
     * library reads its configuration once per process, so a token another class initialises later in
     * another directory would not be seen. Tests that share it use aliases of their own.
     */
    public static synchronized SoftHsmToken shared() throws IOException, InterruptedException {
        if (shared == null) {
            Path directory = thisJvmsConfiguration().toAbsolutePath().resolveSibling("shared-token");
            if (Files.exists(directory)) {
                try (var old = Files.walk(directory)) {
                    for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            shared = initialise(Files.createDirectories(directory), "vigil-tests");
        }
        return shared;
    }

    /** Initialises a new token under {@code directory}, for this JVM (the file {@code SOFTHSM2_CONF} names). */
    public static SoftHsmToken initialise(Path directory, String label) throws IOException, InterruptedException {
        return initialise(directory, label, thisJvmsConfiguration());
    }

    private static Path thisJvmsConfiguration() {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new AssertionError("SOFTHSM2_CONF is not set: run these tests through Maven (the module's pom.xml sets it)");
        }
        return Path.of(conf);
    }

    /**
     * Initialises a new token under {@code directory} whose SoftHSM2 configuration is written to {@code softhsmConf}: for
     * another process (a server) started with {@code SOFTHSM2_CONF} naming that file.
     */
    public static SoftHsmToken initialise(Path directory, String label, Path softhsmConf) throws IOException, InterruptedException {
        if (!Files.isReadable(LIBRARY)) {
            throw new AssertionError("softhsm2 is not installed (no " + LIBRARY + "): apt-get install softhsm2; ./vigil test installs it");
        }
        Path tokens = Files.createDirectories(directory.resolve("tokens"));
        Files.createDirectories(softhsmConf.toAbsolutePath().getParent());
        Files.writeString(softhsmConf, "directories.tokendir = " + tokens + "\n"
                + "objectstore.backend = file\n"
                + "log.level = ERROR\n"
                + "slots.removable = false\n");

        String output = softhsm2Util(softhsmConf.toString(), "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", SO_PIN);
        Matcher slot = SLOT.matcher(output);
        if (!slot.find()) {
            throw new AssertionError("softhsm2-util did not say which slot the token is in:\n" + output);
        }
        Path configuration = directory.resolve("pkcs11.cfg");
        Files.writeString(configuration, "name = " + label + "\n"
                + "library = " + LIBRARY + "\n"
                + "slot = " + slot.group(1) + "\n");
        return new SoftHsmToken(configuration);
    }

    private static String softhsm2Util(String conf, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "softhsm2-util";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", conf);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("softhsm2 is not installed (cannot run softhsm2-util): apt-get install softhsm2; "
                    + "./vigil test installs it", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("softhsm2-util " + String.join(" ", arguments) + " failed:\n" + output);
        }
        return output;
    }
}
