package org.vigil.documents.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.vigil.documents.trust.CrlPublisher;
import org.vigil.documents.trust.OcspResponder;
import org.vigil.documents.trust.TestPki;
import org.vigil.documents.trust.TimestampAuthority;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Vigil's real TSA, OCSP responder, CRLs and CA certificates served over HTTP on 127.0.0.1, so
 * DSS fetches them exactly as a third-party validator would. The certificates name this server's
 * URLs, so it is started before the PKI is created.
 */
public final class TrustServicesServer implements AutoCloseable {

    private final HttpServer server;
    public final TestPki pki;
    public final URI base;
    private final AtomicInteger ocspRequests = new AtomicInteger();
    private final AtomicInteger timestampRequests = new AtomicInteger();

    private TrustServicesServer(HttpServer server, TestPki pki, URI base) {
        this.server = server;
        this.pki = pki;
        this.base = base;
    }

    public static TrustServicesServer start(Path directory) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pki/");
        TestPki pki = TestPki.create(directory, base);
        TrustServicesServer services = new TrustServicesServer(server, pki, base);
        TimestampAuthority tsa = pki.tsa();
        OcspResponder ocsp = pki.ocsp();
        CrlPublisher issuingCrl = pki.issuingCaCrl();
        CrlPublisher rootCrl = pki.rootCaCrl();
        services.post("/pki/tsa", TimestampAuthority.RESPONSE_TYPE, body -> {
            services.timestampRequests.incrementAndGet();
            return tsa.respond(body);
        });
        server.createContext("/pki/ocsp", exchange -> {
            services.ocspRequests.incrementAndGet();
            // RFC 6960 allows GET with the request Base64 in the path, POST with it as the body.
            byte[] request = exchange.getRequestMethod().equals("GET")
                    ? Base64.getDecoder().decode(java.net.URLDecoder.decode(
                            exchange.getRequestURI().getRawPath().substring("/pki/ocsp/".length()),
                            java.nio.charset.StandardCharsets.US_ASCII))
                    : readAll(exchange.getRequestBody());
            reply(exchange, OcspResponder.RESPONSE_TYPE, ocsp.respond(request));
        });
        services.get("/pki/issuing-ca.crl", CrlPublisher.MEDIA_TYPE, issuingCrl::currentCrlEncoded);
        services.get("/pki/root-ca.crl", CrlPublisher.MEDIA_TYPE, rootCrl::currentCrlEncoded);
        services.get("/pki/issuing-ca.cer", "application/pkix-cert",
                () -> encoded(pki.hierarchy.issuingCa().certificate()));
        services.get("/pki/root-ca.cer", "application/pkix-cert", () -> encoded(pki.hierarchy.trustAnchor()));
        server.start();
        return services;
    }

    public URI tsaUrl() {
        return pki.urls.tsa();
    }

    public int ocspRequests() {
        return ocspRequests.get();
    }

    public int timestampRequests() {
        return timestampRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void post(String path, String type, UnaryOperator<byte[]> handler) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                exchange.close();
                return;
            }
            reply(exchange, type, handler.apply(readAll(exchange.getRequestBody())));
        });
    }

    private void get(String path, String type, Supplier<byte[]> body) {
        server.createContext(path, exchange -> reply(exchange, type, body.get()));
    }

    private static void reply(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static byte[] encoded(java.security.cert.X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
