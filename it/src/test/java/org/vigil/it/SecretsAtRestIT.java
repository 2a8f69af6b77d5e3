package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.StoredObservations;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.VigilSystem;

/**
 * What a copy of the database or the data directory gives away: no private key in the clear, no
 * key store under a well-known password, no file for other users of the machine (issue #13).
 */
@ExtendWith(VigilServerExtension.class)
class SecretsAtRestIT {

    /** How every PKCS#8 P-256 private key begins, base64: what a reader of the database would look for. */
    private static final String PKCS8_P256_BASE64 = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg";

    @Test
    void theWebPushPrivateKeyIsStoredOnlySealed(VigilSystem system) throws Exception {
        // the key pair is made on first use
        assertThat(Http.get(system.server().baseUrl().resolve("/api/v1/push/vapid-public-key")).statusCode()).isEqualTo(200);

        if (system.postgres().isPresent()) {
            try (Connection db = StoredObservations.connect(system); Statement select = db.createStatement();
                    ResultSet row = select.executeQuery("SELECT private_key FROM push_vapid_key")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).startsWith("vigil-sealed:v1:vigil-at-rest:").doesNotContain(PKCS8_P256_BASE64);
            }
        } else {
            // H2 stores text as it is in its file, which the server holds open: read the bytes a backup would hold
            assertThat(databaseFileText(system)).contains("vigil-sealed:v1:vigil-at-rest:").doesNotContain(PKCS8_P256_BASE64);
        }
    }

    @Test
    void theTrustStoreDoesNotOpenWithTheFormerDefaultPassword(VigilSystem system) throws Exception {
        Path trustStore = system.server().baseDir().resolve("data/vigil/trust.p12");
        assertThat(trustStore).exists();

        assertThatThrownBy(() -> {
            try (InputStream in = Files.newInputStream(trustStore)) {
                KeyStore.getInstance("PKCS12").load(in, "vigil-trust-store-change-me".toCharArray());
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void filesHoldingSecretsAreTheServersUsersOnly(VigilSystem system) throws Exception {
        Path data = system.server().baseDir().resolve("data/vigil");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
            }
        }
    }

    private static String databaseFileText(VigilSystem system) throws IOException {
        Path file = system.server().baseDir().resolve("data/vigil/vigil.mv.db");
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
