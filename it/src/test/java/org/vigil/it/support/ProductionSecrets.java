package org.vigil.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.vigil.testsupport.SoftHsmToken;

/**
 * The test servers run outside demo mode, as production does, so they get what production needs
 * before its first start: non-default database credentials, a TSA policy OID of their own arc,
 * and an at-rest key store made with WildFly's own tool, or, where {@link ItSettings#keysInToken},
 * a fresh SoftHSM2 token for the at-rest, OIDC signing and VAPID keys. The server refuses to start without them.
 */
public final class ProductionSecrets {

    /** The H2 database's user in the tests (the default sa/sa is refused outside demo mode). */
    public static final String H2_USER = "vigil";
    public static final String H2_PASSWORD = "it-h2-" + UUID.randomUUID();
    /** A policy OID under the UUID arc (ITU-T X.667), which anyone may use without registering. */
    public static final String TSA_POLICY = "2.25." + new BigInteger(UUID.nameUUIDFromBytes("vigil-it-tsa".getBytes(StandardCharsets.UTF_8))
            .toString().replace("-", ""), 16);

    private ProductionSecrets() {
    }

    /** Makes the at-rest key store for a server of these settings; @return the environment that points the server at it all */
    public static Map<String, String> provision(ItSettings settings) {
        Path store = settings.work().resolve("secrets/at-rest.cs");
        try {
            Files.deleteIfExists(store);
            Files.createDirectories(store.getParent());
            Process tool = new ProcessBuilder(settings.jbossHome().resolve("bin/elytron-tool.sh").toString(), "credential-store",
                    "--create", "--location=" + store, "--type", "PropertiesCredentialStore",
                    "--generate-secret-key=vigil-at-rest", "--size=256")
                    .redirectErrorStream(true).start();
            String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tool.waitFor(2, TimeUnit.MINUTES) || tool.exitValue() != 0 || !Files.isRegularFile(store)) {
                throw new IllegalStateException("elytron-tool did not make the at-rest key store " + store + ":\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Map<String, String> environment = new HashMap<>(Map.of("VIGIL_AT_REST_STORE", store.toString(), "VIGIL_TRUST_TSA_POLICY", TSA_POLICY));
        if (settings.keysInToken()) {
            environment.putAll(token(settings));
        }
        return environment;
    }

    /** A token of this run alone: SoftHSM2 reads the file {@code SOFTHSM2_CONF} names, given to the server only. */
    private static Map<String, String> token(ItSettings settings) {
        Path directory = settings.work().resolve("softhsm2");
        FileTrees.deleteTree(directory);
        Path softhsmConf = directory.resolve("softhsm2.conf");
        try {
            SoftHsmToken token = SoftHsmToken.initialise(directory, "vigil-it", softhsmConf);
            return Map.of("SOFTHSM2_CONF", softhsmConf.toString(),
                    "VIGIL_AT_REST_PKCS11_CONFIG", token.configuration().toString(),
                    "VIGIL_AT_REST_PKCS11_PIN", SoftHsmToken.PIN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
