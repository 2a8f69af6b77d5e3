package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

import com.fasterxml.jackson.databind.JsonNode;

import net.sf.scuba.smartcards.TerminalCardService;

import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;
import org.junit.jupiter.api.AfterAll;
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
import org.vigil.it.support.PcscDaemon;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;
import org.vigil.testsupport.emrtd.ChipReader;
import org.vigil.testsupport.emrtd.TestCsca;
import org.vigil.testsupport.emrtd.TestPassport;
import org.vigil.testsupport.emrtd.VirtualPassport;
import org.vigil.testsupport.emrtd.VpcdCard;

/**
 * KYC level 2 end to end (issue #18): a test passport whose SOD a test CSCA's Document Signer signed sits in our own
 * card emulator ({@link VirtualPassport}) on vsmartcard's virtual reader in a real {@code pcscd}; the KYC terminal's side
 * reads it with JMRTD through {@code javax.smartcardio} (BAC, secure messaging) and submits it to the deployed server
 * with a kyc-terminal device's token; the CSCA is in the server's trust-list directory. A forged data group, another
 * person's document and an unknown CSCA are refused with the check's name and leave the account at level 1; the
 * holder's genuine chip takes it to level 2.
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
    private PcscDaemon pcscd;
    private int vpcdPort;

    @BeforeAll
    void aTerminalATrustedCscaAndALevel1Account(WildFlyServer server, MailCatcher mail) throws IOException {
        Path trust = server.baseDir().resolve("data/vigil/kyc-csca");
        Files.createDirectories(trust);
        Files.writeString(trust.resolve("it-utopia.pem"), pem(utopia.certificate()));
        world = new CareWorld(server, mail);
        terminal = DeviceClient.register(world.oidc(), "kyc-terminal").token(world.oidc());
        SignUps.Person who = SignUps.Person.random();
        accountId = SignUps.level1Account(server, mail, who, "Anna Maria", "Eriksson").id();
        // vpcd's own port moved by the run's port offset, as the server's are
        vpcdPort = 35963 + server.settings().portOffset();
        pcscd = PcscDaemon.start(server.settings().work().resolve("pcscd"), vpcdPort);
    }

    @AfterAll
    void stopPcscd() {
        if (pcscd != null) {
            pcscd.close();
        }
    }

    @Test
    @Order(0)
    void theTerminalLearnsWhatToAcceptFromTheServer() {
        HttpResponse<String> response = world.call("GET", "/api/v1/kyc/terminal-configuration", null, terminal);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode configuration = Json.parse(response.body());
        assertThat(configuration.get("documentTypes").toString()).contains("\"P\"", "\"I\"");
        assertThat(configuration.get("trustedCscaCountries").toString()).contains("\"UTO\"");
        assertThat(configuration.get("keepFaceImage").asBoolean()).isTrue();
    }

    @Test
    @Order(1)
    void aForgedDataGroupIsRefusedAndNamed() throws Exception {
        // a terminal that changes the DG1 it read: the SOD still holds the chip's hash
        TestPassport read = readThroughPcsc(TestPassport.builder().signedBy(ds).build());
        MRZInfo mallory = new MRZInfo(read.mrzInfo().toString().replace("ANNA<MARIA", "MALLORY<<<"));
        assertRefused(submit(read.withDg1(new DG1File(mallory).getEncoded()), terminal), "data-group-hash");
    }

    @Test
    @Order(2)
    void anotherPersonsDocumentIsRefused() throws Exception {
        assertRefused(submit(readThroughPcsc(TestPassport.builder().holder("SMITH", "BOB").signedBy(ds).build()), terminal),
                "holder-mismatch");
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
    void theHoldersChipReadThroughPcscRaisesHerToLevel2() throws Exception {
        HttpResponse<String> response = submit(readThroughPcsc(TestPassport.builder().signedBy(ds).build()), terminal);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("kycLevel").asInt()).isEqualTo(2);
        assertThat(body.get("document").get("issuingState").asText()).isEqualTo("UTO");
        assertThat(body.get("faceKept").asBoolean()).isTrue();
        assertThat(level()).isEqualTo(2);
    }

    /**
     * Puts the passport's chip on the virtual reader and reads it as a KYC terminal does: JMRTD over {@code javax.smartcardio},
     * BAC with the MRZ's document number and dates; the files returned are what came through PC/SC, not the test's own.
     */
    private TestPassport readThroughPcsc(TestPassport passport) throws Exception {
        try (VpcdCard card = VpcdCard.insert(new VirtualPassport(passport), vpcdPort, Duration.ofSeconds(15))) {
            CardTerminal reader = TerminalFactory.getDefault().terminals().list().stream()
                    .filter(t -> t.getName().startsWith(PcscDaemon.READER + " 00 00")).findFirst()
                    .orElseThrow(() -> new AssertionError("PC/SC lists no virtual reader; pcscd said:\n" + pcscd.log()));
            assertThat(reader.waitForCardPresent(10_000)).as("the emulated chip is on the reader").isTrue();
            ChipReader.Read read = ChipReader.read(new TerminalCardService(reader), passport.mrzInfo().getDocumentNumber(),
                    passport.mrzInfo().getDateOfBirth(), passport.mrzInfo().getDateOfExpiry());
            assertThat(read.dg1()).isEqualTo(passport.dg1());
            return new TestPassport(passport.mrzInfo(), read.dg1(), read.dg2(), read.sod());
        }
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
