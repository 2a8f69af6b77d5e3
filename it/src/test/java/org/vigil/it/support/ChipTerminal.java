package org.vigil.it.support;

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

import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.TerminalCardService;

import org.vigil.testsupport.emrtd.ChipReader;
import org.vigil.testsupport.emrtd.TestCsca;
import org.vigil.testsupport.emrtd.TestPassport;
import org.vigil.testsupport.emrtd.VirtualPassport;
import org.vigil.testsupport.emrtd.VpcdCard;

/**
 * A KYC terminal as the ITs run it (issue #18): an enrolled {@code kyc-terminal} device whose reader is vsmartcard's
 * virtual one in a real {@code pcscd}, a test passport's chip on it ({@link VirtualPassport}), JMRTD reading it through
 * {@code javax.smartcardio}, and the read submitted to {@code POST /api/v1/kyc/chip-evidence}. The test CSCA goes into
 * the server's trust-list directory. Only one pcscd runs per machine, and one per test JVM: the JDK's PC/SC provider
 * opens its context once per process, so a second daemon started after the first stopped would answer
 * {@code SCARD_E_NO_SERVICE}. The daemon therefore lives as long as the JVM and serves every terminal of the run.
 */
public final class ChipTerminal implements AutoCloseable {

    private static PcscDaemon pcscd;
    private static int vpcdPort;

    private final CareWorld world;
    private final String token;

    private ChipTerminal(CareWorld world, String token) {
        this.world = world;
        this.token = token;
    }

    /** Trusts the CSCA on the server, enrolls a terminal and starts pcscd with the virtual reader. */
    public static ChipTerminal start(WildFlyServer server, CareWorld world, TestCsca csca) throws IOException {
        Path trust = server.baseDir().resolve("data/vigil/kyc-csca");
        Files.createDirectories(trust);
        Files.writeString(trust.resolve("it-" + csca.certificate().getSerialNumber().toString(16) + ".pem"), pem(csca.certificate()));
        String token = DeviceClient.register(world.oidc(), "kyc-terminal").token(world.oidc());
        startPcscd(server);
        return new ChipTerminal(world, token);
    }

    private static synchronized void startPcscd(WildFlyServer server) {
        if (pcscd == null) {
            // vpcd's own port moved by the run's port offset, as the server's are
            vpcdPort = 35963 + server.settings().portOffset();
            pcscd = PcscDaemon.start(server.settings().work().resolve("pcscd"), vpcdPort);
            PcscDaemon started = pcscd;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "pcscd-stop"));
        }
    }

    public String token() {
        return token;
    }

    /**
     * Puts the passport's chip on the virtual reader and reads it as a KYC terminal does: JMRTD over {@code javax.smartcardio},
     * BAC with the MRZ's document number and dates; the files returned are what came through PC/SC, not the test's own.
     */
    public TestPassport read(TestPassport passport) throws Exception {
        try {
            return readOnce(passport);
        } catch (CardServiceException e) {
            // PC/SC may still hold the previous card's session when the next one is put on (SCARD_E_NOT_TRANSACTED); a
            // terminal takes the card off and reads again, and so does this one, once
            return readOnce(passport);
        }
    }

    private TestPassport readOnce(TestPassport passport) throws Exception {
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

    /** Submits a read for the account with this terminal's token. */
    public HttpResponse<String> submit(String accountId, TestPassport p) {
        return submit(accountId, p, token);
    }

    /** The same with another caller's token (to see it refused). */
    public HttpResponse<String> submit(String accountId, TestPassport p, String callerToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", accountId);
        body.put("mrz", p.mrz());
        body.put("dg1", Base64.getEncoder().encodeToString(p.dg1()));
        body.put("dg2", Base64.getEncoder().encodeToString(p.dg2()));
        body.put("sod", Base64.getEncoder().encodeToString(p.sod()));
        return world.call("POST", "/api/v1/kyc/chip-evidence", Json.write(body), callerToken);
    }

    /** Reads the chip through PC/SC and submits it: the account reaches level 2 (asserted). */
    public void takeToLevel2(String accountId, TestPassport passport) throws Exception {
        HttpResponse<String> response = submit(accountId, read(passport));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Json.parse(response.body()).get("kycLevel").asInt()).isGreaterThanOrEqualTo(2);
    }

    /** Nothing to stop: the daemon serves the rest of the run and stops with the JVM. */
    @Override
    public void close() {
        // the PC/SC context of this JVM stays bound to the running daemon
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
