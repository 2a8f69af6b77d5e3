package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.CareWorld;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;
import org.vigil.testsupport.emrtd.TestCsca;
import org.vigil.testsupport.emrtd.TestPassport;

/**
 * KYC level 2 through the deployed server (issue #18): a KYC terminal submits what it read from a test passport whose
 * SOD a test CSCA's Document Signer signed; the CSCA is in the server's trust-list directory. Forged data groups,
 * another person's document and an unknown CSCA are refused with the check's name and leave the account at level 1;
 * the genuine read takes it to level 2. (The chip read itself through PC/SC is not in this test yet.)
 */
@ExtendWith(VigilServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KycChipEvidenceIT {

    private static final String PATH = "/api/v1/kyc/chip-evidence";
    private final TestCsca utopia = TestCsca.of("UTO", "Utopia CSCA for Vigil's ITs");
    private final TestCsca.DocumentSigner ds = utopia.documentSigner("Utopia DS");

    private CareWorld world;
    private String terminal;
    private String accountId;

    @BeforeAll
    void aTerminalATrustedCscaAndALevel1Account(WildFlyServer server, MailCatcher mail) throws IOException {
        Path trust = server.baseDir().resolve("data/vigil/kyc-csca");
        Files.createDirectories(trust);
        Files.writeString(trust.resolve("it-utopia.pem"), pem(utopia.certificate()));
        world = new CareWorld(server, mail);
        terminal = DeviceClient.register(world.oidc(), "kyc-terminal").token(world.oidc());
        SignUps.Person who = SignUps.Person.random();
        accountId = SignUps.level1Account(server, mail, who, "Anna Maria", "Eriksson").id();
    }

    @Test
    @Order(1)
    void aForgedDataGroupIsRefusedAndNamed() throws IOException {
        TestPassport genuine = TestPassport.builder().signedBy(ds).build();
        MRZInfo mallory = new MRZInfo(genuine.mrzInfo().toString().replace("ANNA<MARIA", "MALLORY<<<"));
        TestPassport forged = genuine.withDg1(new DG1File(mallory).getEncoded());
        assertRefused(submit(forged, terminal), "data-group-hash");
    }

    @Test
    @Order(2)
    void anotherPersonsDocumentIsRefused() {
        assertRefused(submit(TestPassport.builder().holder("SMITH", "BOB").signedBy(ds).build(), terminal), "holder-mismatch");
    }

    @Test
    @Order(3)
    void aDocumentOfAnUnknownCscaIsRefused() {
        TestCsca stranger = TestCsca.of("UTO", "Utopia CSCA for Vigil's ITs");
        assertRefused(submit(TestPassport.builder().signedBy(stranger.documentSigner("Utopia DS")).build(), terminal), "unknown-csca");
    }

    @Test
    @Order(4)
    void onlyAKycTerminalMaySubmit() {
        String station = DeviceClient.register(world.oidc(), "station").token(world.oidc());
        HttpResponse<String> response = submit(TestPassport.builder().signedBy(ds).build(), station);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(level()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void theHoldersGenuineDocumentRaisesHerToLevel2() {
        HttpResponse<String> response = submit(TestPassport.builder().signedBy(ds).build(), terminal);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("kycLevel").asInt()).isEqualTo(2);
        assertThat(body.get("document").get("issuingState").asText()).isEqualTo("UTO");
        assertThat(body.get("faceKept").asBoolean()).isTrue();
        assertThat(level()).isEqualTo(2);
    }

    private void assertRefused(HttpResponse<String> response, String check) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:vigil:problem:" + check);
        assertThat(problem.get("check").asText()).isEqualTo(check);
        assertThat(level()).as("a refused read changes nothing").isEqualTo(1);
    }

    private HttpResponse<String> submit(TestPassport p, String token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", accountId);
        body.put("mrz", p.mrz());
        body.put("dg1", Base64.getEncoder().encodeToString(p.dg1()));
        body.put("dg2", Base64.getEncoder().encodeToString(p.dg2()));
        body.put("sod", Base64.getEncoder().encodeToString(p.sod()));
        return world.call("POST", PATH, Json.write(body), token);
    }

    /** The account's level as the admin API reports it (unlocking an active account changes nothing and answers its summary). */
    private int level() {
        HttpResponse<String> summary = world.admin("POST", "/api/v1/admin/accounts/" + accountId + "/unlock", null);
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        return Json.parse(summary.body()).get("kycLevel").asInt();
    }

    private static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
