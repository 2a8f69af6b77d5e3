package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.Http;
import org.vigil.it.support.Json;
import org.vigil.it.support.Oidc;
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
    /** How a value sealed with the installation's at-rest key begins (its key in the credential store or the token). */
    private static final String SEALED = "vigil-sealed:v1:vigil-at-rest:";

    @Test
    void theWebPushPrivateKeyIsNeverStored(VigilSystem system) throws Exception {
        // the key pair is made on first use
        assertThat(Http.get(system.server().baseUrl().resolve("/api/v1/push/vapid-public-key")).statusCode()).isEqualTo(200);

        if (system.postgres().isPresent()) {
            try (Connection db = StoredObservations.connect(system); Statement select = db.createStatement();
                    ResultSet row = select.executeQuery("SELECT private_key FROM push_vapid_key")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).startsWith(keysInToken(system) ? "pkcs11:object=vigil-vapid-" : SEALED)
                        .doesNotContain(PKCS8_P256_BASE64);
            }
        } else {
            // H2 stores text as it is in its file, which the server holds open: read the bytes a backup would hold
            assertThat(databaseFileText(system)).contains(SEALED).doesNotContain(PKCS8_P256_BASE64);
        }
    }

    /**
     * Where the server has a PKCS#11 token (the PostgreSQL pass, as production with an HSM): the signing keys and the
     * VAPID key are made in it, so their rows name a token object and hold nothing of the key, while the tokens it
     * signs verify against the published JWKS. Every other row is sealed (a key made before, or planted in the clear
     * by another test and sealed at the restart), never a JWK.
     */
    @Test
    void withATokenTheKeyRowsNameTokenObjectsAndTheTokensSignedThereVerify(VigilSystem system) throws Exception {
        assumeTrue(keysInToken(system), "this server keeps its keys in the credential store's sealed form");
        Oidc oidc = new Oidc(system.server());
        Map<String, String> made = new HashMap<>();
        for (String alg : List.of("ES256", "RS256")) {
            HttpResponse<String> rotated = oidc.browserSend(HttpRequest.newBuilder(URI.create(oidc.issuer()
                    + "/api/v1/admin/signing-keys/" + alg + "/rotation")).POST(HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer " + oidc.adminToken()));
            assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
            made.put(alg, Json.parse(rotated.body()).get("kid").asText());
        }
        String accessToken = oidc.adminToken();
        assertThat(SignedJWT.parse(accessToken).getHeader().getKeyID()).isEqualTo(made.get("ES256"));
        assertThat(verifiesAgainstJwks(system, accessToken)).as("signed inside the token, verified with the published key").isTrue();
        assertThat(Http.get(system.server().baseUrl().resolve("/api/v1/push/vapid-public-key")).statusCode()).isEqualTo(200);

        Map<String, String> stored = storedPrivateKeys(system);
        made.values().forEach(kid -> assertThat(stored.get(kid)).isEqualTo("pkcs11:object=vigil-oidc-" + kid));
        JWKSet published = JWKSet.parse(Http.get(system.server().baseUrl().resolve("/oidc/jwks")).body());
        assertThat(published.getKeyByKeyId(made.get("RS256")).isPrivate()).isFalse();
        stored.forEach((kid, privateKey) -> assertThat(privateKey).as(kid).satisfiesAnyOf(
                p -> assertThat(p).isEqualTo("pkcs11:object=vigil-oidc-" + kid),
                p -> assertThat(p).startsWith(SEALED).doesNotContain("\"d\"", "\"kty\"")));
        try (Connection db = StoredObservations.connect(system); Statement select = db.createStatement();
                ResultSet row = select.executeQuery("SELECT private_key FROM push_vapid_key")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).matches("pkcs11:object=vigil-vapid-[0-9a-f-]{36}");
        }
        assertThat(Files.readString(system.server().baseDir().resolve("log/server.log")))
                .contains("Signing keys are made and used in the PKCS#11 token of");
    }

    /**
     * The OIDC signing keys: every row (active, rotated, retired) holds its private JWK sealed, a key
     * an earlier version stored in the clear is still used and is sealed at start-up, and tokens
     * verify against the JWKS across a restart, so nothing about signing depends on keys in the clear.
     */
    @Test
    void signingKeysAreStoredOnlySealedAndTokensVerifyAcrossARestart(VigilSystem system) throws Exception {
        Oidc oidc = new Oidc(system.server());
        assertThat(Http.get(system.server().baseUrl().resolve("/oidc/jwks")).statusCode()).isEqualTo(200);
        HttpResponse<String> rotated = oidc.browserSend(HttpRequest.newBuilder(URI.create(oidc.issuer()
                + "/api/v1/admin/signing-keys/RS256/rotation")).POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + oidc.adminToken()));
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
        String before = oidc.adminToken();
        assertThat(verifiesAgainstJwks(system, before)).isTrue();

        system.server().kill();
        Map<String, String> stored = storedPrivateKeys(system);
        assertThat(stored).as("ES256, the RS256 key retired by the rotation and its successor").hasSizeGreaterThanOrEqualTo(3);
        stored.forEach((kid, privateKey) -> {
            if (keysInToken(system)) {
                assertThat(privateKey).as(kid).isEqualTo("pkcs11:object=vigil-oidc-" + kid);
            } else {
                assertThat(privateKey).as(kid).startsWith(SEALED).doesNotContain("\"d\"", "\"p\"", "\"kty\"", kid);
            }
        });
        if (system.postgres().isEmpty()) {
            // what a copy of the H2 file gives away: no private JWK member anywhere in it
            assertThat(databaseFileText(system)).doesNotContain("\"d\":\"", "\"dp\":\"", "\"qi\":\"");
        }
        // a key an earlier version stored in the clear, newer than the active one: the server must still sign with it
        ECKey legacy = new ECKeyGenerator(Curve.P_256).keyID("legacy-" + UUID.randomUUID()).algorithm(JWSAlgorithm.ES256)
                .keyUse(KeyUse.SIGNATURE).generate();
        try (Connection db = StoredObservations.connect(system); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO idn_signing_key (kid, alg, private_key, public_jwk, created_at) VALUES (?, 'ES256', ?, ?, CURRENT_TIMESTAMP)")) {
            insert.setString(1, legacy.getKeyID());
            insert.setString(2, legacy.toJSONString());
            insert.setString(3, legacy.toPublicJWK().toJSONString());
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        system.server().restart();

        assertThat(verifiesAgainstJwks(system, before)).as("a token of before the restart").isTrue();
        HttpResponse<String> stillAccepted = oidc.browserSend(HttpRequest.newBuilder(URI.create(oidc.issuer() + "/api/v1/admin/clients"))
                .header("Authorization", "Bearer " + before));
        assertThat(stillAccepted.statusCode()).as(stillAccepted.body()).isEqualTo(200);
        String after = oidc.adminToken();
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).as("signed with the key found in the clear").isEqualTo(legacy.getKeyID());
        assertThat(SignedJWT.parse(after).verify(new ECDSAVerifier(legacy.toPublicJWK()))).isTrue();
        assertThat(verifiesAgainstJwks(system, after)).isTrue();
        if (system.postgres().isPresent()) {
            // PostgreSQL is read while the server runs: the start-up sealed the row it found in the clear
            // (with a token too: a key made outside it is sealed with the token's at-rest key, used until it rotates out)
            assertThat(storedPrivateKeys(system).get(legacy.getKeyID())).startsWith(SEALED).doesNotContain("\"d\"");
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

    private static boolean keysInToken(VigilSystem system) {
        return system.server().settings().keysInToken();
    }

    private static Map<String, String> storedPrivateKeys(VigilSystem system) throws Exception {
        Map<String, String> keys = new HashMap<>();
        try (Connection db = StoredObservations.connect(system); Statement select = db.createStatement();
                ResultSet rows = select.executeQuery("SELECT kid, private_key FROM idn_signing_key")) {
            while (rows.next()) {
                keys.put(rows.getString(1), rows.getString(2));
            }
        }
        return keys;
    }

    /** Verifies like a client: the token's kid looked up in the JWKS the server publishes now. */
    private static boolean verifiesAgainstJwks(VigilSystem system, String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet published = JWKSet.parse(Http.get(system.server().baseUrl().resolve("/oidc/jwks")).body());
        ECKey key = published.getKeyByKeyId(jwt.getHeader().getKeyID()).toECKey();
        return !key.isPrivate() && jwt.verify(new ECDSAVerifier(key));
    }

    private static String databaseFileText(VigilSystem system) throws IOException {
        Path file = system.server().baseDir().resolve("data/vigil/vigil.mv.db");
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
