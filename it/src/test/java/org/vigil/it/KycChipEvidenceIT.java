package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;


import com.fasterxml.jackson.databind.JsonNode;


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
import org.vigil.it.support.ChipTerminal;
import org.vigil.it.support.DeviceClient;
import org.vigil.it.support.Json;
import org.vigil.it.support.MailCatcher;
import org.vigil.it.support.SignUps;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;
import org.vigil.testsupport.emrtd.TestCsca;
import org.vigil.testsupport.emrtd.TestPassport;

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
    private ChipTerminal chipTerminal;
    private String terminal;
    private String accountId;

    @BeforeAll
    void aTerminalATrustedCscaAndALevel1Account(WildFlyServer server, MailCatcher mail) throws IOException {
        world = new CareWorld(server, mail);
        chipTerminal = ChipTerminal.start(server, world, utopia);
        terminal = chipTerminal.token();
        SignUps.Person who = SignUps.Person.random();
        accountId = SignUps.level1Account(server, mail, who, "Anna Maria", "Eriksson").id();
    }

    @AfterAll
    void stopPcscd() {
        if (chipTerminal != null) {
            chipTerminal.close();
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

    private TestPassport readThroughPcsc(TestPassport passport) throws Exception {
        return chipTerminal.read(passport);
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
        return chipTerminal.submit(accountId, p, token);
    }

    /** The account's level as the admin API reports it (unlocking an active account changes nothing and answers its summary). */
    private int level() {
        HttpResponse<String> summary = world.admin("POST", "/api/v1/admin/accounts/" + accountId + "/unlock", null);
        assertThat(summary.statusCode()).as(summary.body()).isEqualTo(200);
        return Json.parse(summary.body()).get("kycLevel").asInt();
    }
}
