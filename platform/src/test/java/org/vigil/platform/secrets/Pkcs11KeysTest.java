package org.vigil.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The at-rest key inside a real SoftHSM2 token: made there, used there, never extractable. */
class Pkcs11KeysTest {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "4711-pin";

    @TempDir
    Path directory;

    @Test
    void theKeyIsMadeInTheTokenSealsThereAndIsFoundAgain() throws Exception {
        Path configuration = token("vigil-at-rest");
        Pkcs11Keys keys = Pkcs11Keys.open(configuration, PIN.toCharArray(), "vigil-at-rest");

        assertThat(keys.current().key().getEncoded()).as("a token key is not extractable").isNull();
        assertThat(keys.current().provider()).hasValueSatisfying(p -> assertThat(p.getName()).startsWith("SunPKCS11"));
        AtRestEncryption encryption = new AtRestEncryption(keys);
        String sealed = encryption.seal("trust store password".getBytes(StandardCharsets.UTF_8), SecretPurpose.of("documents.trust-keystore-password"));

        AtRestEncryption reopened = new AtRestEncryption(Pkcs11Keys.open(configuration, PIN.toCharArray(), "vigil-at-rest"));

        assertThat(reopened.openText(sealed, SecretPurpose.of("documents.trust-keystore-password"))).isEqualTo("trust store password");
    }

    /** A fresh SoftHSM2 token; SOFTHSM2_CONF is set for the test JVM by the build (platform/pom.xml). */
    private Path token(String label) throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            fail("SOFTHSM2_CONF is not set: run these tests through Maven (platform/pom.xml sets it)");
        }
        if (!Files.isReadable(LIBRARY)) {
            fail("softhsm2 is not installed (no " + LIBRARY + "): apt-get install softhsm2; ./vigil test installs it");
        }
        Path tokens = Files.createDirectories(directory.resolve("tokens"));
        Files.createDirectories(Path.of(conf).toAbsolutePath().getParent());
        Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        Process process = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN,
                "--so-pin", "so-pin-0815").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("softhsm2-util failed:\n" + output);
        }
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        if (!slot.find()) {
            fail("softhsm2-util did not say which slot the token is in:\n" + output);
        }
        Path configuration = directory.resolve("pkcs11.cfg");
        Files.writeString(configuration, "name = " + label + "\nlibrary = " + LIBRARY + "\nslot = " + slot.group(1) + "\n");
        return configuration;
    }
}
