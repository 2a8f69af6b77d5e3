package org.vigil.it.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.vigil.documents.dss.DssConfiguration;
import org.vigil.documents.signing.DataToSign;
import org.vigil.documents.signing.PadesRemoteSigner;
import org.vigil.documents.signing.SignatureLevel;
import org.vigil.documents.signing.SignatureOptions;
import org.vigil.documents.signing.SignatureValueEncoding;
import org.vigil.documents.validation.SignatureValidator;
import org.vigil.documents.validation.ValidationReport;
import org.vigil.it.support.Http;
import org.vigil.it.support.ItSettings;
import org.vigil.it.support.Json;
import org.vigil.it.support.Signers;
import org.vigil.it.support.Signers.DeviceSigner;
import org.vigil.it.support.TestDevice;
import org.vigil.it.support.TestDocuments;
import org.vigil.it.support.VigilSystem;
import org.vigil.it.support.WildFlyServer;

/**
 * PAdES signatures/s and validations/s of a 1-page and a 50-page PDF through the REST API, beside
 * the same DSS work called in-process on the same documents (the ceiling). The remote flow is
 * driven step by step with a software key: start (step 1), the device lists its approvals and
 * fetches the request, signs each data-to-be-signed (the only part excluded from the time), and
 * posts values and approval (step 3). The in-process signer uses the certificate Vigil issued to
 * that key, Vigil's TSA and OCSP, so both sides do the same cryptography and network calls.
 * Not a test: {@code mvn -pl it -Pbenchmark integration-test} runs it and writes docs/BENCHMARKS.md.
 */
public final class DocumentsBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final String SECTION = "## Documents: signing and validation";

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        List<String> rows = new ArrayList<>();
        try (VigilSystem system = VigilSystem.start(ItSettings.fromSystemProperties())) {
            WildFlyServer server = system.server();
            DeviceSigner signer = Signers.createWithDevice(server, system.mail());
            X509Certificate root = certificate(Http.sendBytes(HttpRequest.newBuilder(server.baseUrl().resolve("pki/root-ca.cer")).GET()).body());
            X509Certificate issuing = certificate(Http.sendBytes(HttpRequest.newBuilder(server.baseUrl().resolve("pki/issuing-ca.cer")).GET()).body());
            DssConfiguration dss = DssConfiguration.online(List.of(root));
            PadesRemoteSigner inProcess = new PadesRemoteSigner(dss, server.baseUrl().resolve("pki/tsa"), Clock.systemUTC());
            SignatureValidator validator = new SignatureValidator(dss);

            for (int pages : new int[] {1, 50}) {
                byte[] pdf = TestDocuments.prescriptionPdf("Benchmark prescription", pages);
                byte[] signedLta = null;
                for (SignatureLevel level : List.of(SignatureLevel.B, SignatureLevel.LTA)) {
                    Remote remote = new Remote(server, signer);
                    for (int i = 0; i < WARM_UP; i++) {
                        remote.sign(pdf, level);
                    }
                    remote.elapsed = 0;
                    for (int i = 0; i < RUNS; i++) {
                        signedLta = remote.sign(pdf, level);
                    }
                    List<X509Certificate> chain = List.of(remote.certificate, issuing, root);
                    SignatureOptions options = SignatureOptions.of(level, "Benchmark");
                    long deviceTime = 0;
                    for (int i = 0; i < WARM_UP; i++) {
                        DataToSign data = inProcess.dataToSign(pdf, chain, options);
                        inProcess.complete(pdf, data.session(), signer.device().signatureValue(data.bytes()), SignatureValueEncoding.DER);
                    }
                    long started = System.nanoTime();
                    for (int i = 0; i < RUNS; i++) {
                        DataToSign data = inProcess.dataToSign(pdf, chain, options);
                        long t0 = System.nanoTime();
                        byte[] value = signer.device().signatureValue(data.bytes());
                        deviceTime += System.nanoTime() - t0;
                        inProcess.complete(pdf, data.session(), value, SignatureValueEncoding.DER);
                    }
                    double direct = RUNS / ((System.nanoTime() - started - deviceTime) / 1e9);
                    rows.add(String.format("| signature PAdES-%s | %d | %.2f | %.2f | %.0f %% |", level, pages,
                            RUNS / (remote.elapsed / 1e9), direct, 100 * (RUNS / (remote.elapsed / 1e9)) / direct));
                }
                byte[] signed = signedLta;
                for (int i = 0; i < WARM_UP; i++) {
                    validateRemotely(server, signer, signed);
                    validateInProcess(validator, signed);
                }
                long started = System.nanoTime();
                for (int i = 0; i < RUNS; i++) {
                    validateRemotely(server, signer, signed);
                }
                double overRest = RUNS / ((System.nanoTime() - started) / 1e9);
                started = System.nanoTime();
                for (int i = 0; i < RUNS; i++) {
                    validateInProcess(validator, signed);
                }
                double direct = RUNS / ((System.nanoTime() - started) / 1e9);
                rows.add(String.format("| validation of a PAdES-LTA PDF | %d | %.2f | %.2f | %.0f %% |", pages, overRest, direct,
                        100 * overRest / direct));
            }
        }
        write(report, rows);
    }

    /** One client driving the remote flow; {@link #elapsed} excludes the device's own signing. */
    private static final class Remote {
        private final WildFlyServer server;
        private final DeviceSigner signer;
        private X509Certificate certificate;
        private long elapsed;

        Remote(WildFlyServer server, DeviceSigner signer) {
            this.server = server;
            this.signer = signer;
        }

        byte[] sign(byte[] pdf, SignatureLevel level) throws Exception {
            String id = upload(pdf);
            TestDevice device = signer.device();
            long t0 = System.nanoTime();
            JsonNode started = ok(Http.send(HttpRequest.newBuilder(Signers.api(server, "documents/" + id + "/signatures"))
                    .header("Authorization", signer.bearer()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("level", level.name(), "reason", "Benchmark"))))), 202);
            String requestId = started.get("id").asText();
            JsonNode approval = null;
            for (JsonNode pending : ok(device.call("GET", "/api/v1/authenticators/requests", null), 200)) {
                if (pending.get("id").asText().equals(requestId)) {
                    approval = pending;
                }
            }
            if (approval == null) {
                throw new IllegalStateException("the device does not see request " + requestId);
            }
            JsonNode request = ok(device.call("GET", "/api/v1/authenticators/signing-requests/" + requestId, null), 200);
            long t1 = System.nanoTime();
            List<Map<String, String>> values = new ArrayList<>();
            for (JsonNode document : request.get("documents")) {
                byte[] value = device.signatureValue(Base64.getDecoder().decode(document.get("dataToSign").asText()));
                values.add(Map.of("documentId", document.get("documentId").asText(), "value",
                        Base64.getEncoder().encodeToString(value), "encoding", "DER"));
            }
            String jws = device.approval(requestId, approval.get("bindingMessage").asText(), approval.get("nonce").asText(), "approve");
            long t2 = System.nanoTime();
            ok(device.call("POST", "/api/v1/authenticators/signing-requests/" + requestId + "/signatures",
                    Json.write(Map.of("approval", jws, "signatures", values))), 200);
            elapsed += System.nanoTime() - t0 - (t2 - t1);
            certificate = certificate(Base64.getDecoder().decode(request.get("certificate").asText()));
            HttpResponse<byte[]> content = Http.sendBytes(HttpRequest.newBuilder(Signers.api(server, "documents/" + id + "/content"))
                    .header("Authorization", signer.bearer()).GET());
            return content.body();
        }

        private String upload(byte[] pdf) {
            return ok(Http.send(HttpRequest.newBuilder(Signers.api(server, "documents?title=Benchmark"))
                    .header("Authorization", signer.bearer()).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))), 201).get("id").asText();
        }
    }

    private static void validateRemotely(WildFlyServer server, DeviceSigner signer, byte[] signed) {
        JsonNode verdicts = ok(Http.send(HttpRequest.newBuilder(Signers.api(server, "validation"))
                .header("Authorization", signer.bearer()).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed))), 200).get("signatures");
        if (!"TOTAL_PASSED".equals(verdicts.get(0).get("indication").asText())) {
            throw new IllegalStateException("the benchmark's document does not validate: " + verdicts);
        }
    }

    private static void validateInProcess(SignatureValidator validator, byte[] signed) {
        ValidationReport result = validator.validate(signed, false);
        if (!result.signatures().get(0).passed()) {
            throw new IllegalStateException("the benchmark's document does not validate in process: " + result.signatures());
        }
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.parse(response.body());
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static void write(Path report, List<String> rows) throws IOException {
        String section = SECTION + "\n\n"
                + "Measured " + LocalDate.now() + " with `mvn -B -o -pl it -am -Pbenchmark integration-test -DskipTests -Dbenchmark.port-offset=4400 "
                + "-Dskip.token-benchmark -Dskip.care-benchmark -Dskip.ciba-benchmark` (`DocumentsBenchmark`), on this project's machine: "
                + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version")
                + ", WildFly 39.0.1 with its default heap, H2, one node; the client runs on the same machine.\n"
                + "One client, sequential, " + RUNS + " runs after " + WARM_UP + " warm-up runs. Over REST, a signature is the server side of the\n"
                + "remote flow: `POST /documents/{id}/signatures` (step 1, certificate lookup, approval request, push message), the device\n"
                + "listing its approvals and fetching the request, and `POST .../signatures` with approval and value (approval check,\n"
                + "value check, step 3 with Vigil's TSA and OCSP, storage, audit); the device's ECDSA signing is excluded. In process is\n"
                + "`PadesRemoteSigner` (steps 1 and 3) or `SignatureValidator` on the same documents, same certificate, same TSA and OCSP over\n"
                + "HTTP: the ceiling. The documents are the same generated prescription of 1 and 50 pages; validation is of the LTA one.\n\n"
                + "| operation | pages | over REST /s | DSS in process /s | REST vs ceiling |\n|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        int start = existing.indexOf(SECTION);
        if (start >= 0) {
            int next = existing.indexOf("\n## ", start + 1);
            existing = existing.substring(0, start) + (next < 0 ? "" : existing.substring(next + 1));
        }
        Files.writeString(report, existing.stripTrailing() + "\n\n" + section);
        System.out.println(section);
    }

    private DocumentsBenchmark() {
    }
}
