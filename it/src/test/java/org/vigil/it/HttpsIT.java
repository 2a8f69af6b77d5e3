package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vigil.it.support.VigilServerExtension;
import org.vigil.it.support.WildFlyServer;

/** Local HTTPS works out of the box, on a self-signed certificate a default client rightly refuses. */
@Tag("once")
@ExtendWith(VigilServerExtension.class)
class HttpsIT {

    @Test
    void theApiAnswersOverHttpsWithASelfSignedCertificateForLocalhost(WildFlyServer server) throws Exception {
        CapturingTrustManager trust = new CapturingTrustManager();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trust}, null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.httpsUrl().resolve("api/v1/info")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        X509Certificate certificate = trust.presented;
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=localhost");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
    }

    @Test
    void aDefaultClientRefusesTheSelfSignedCertificate(WildFlyServer server) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(server.httpsUrl().resolve("api/v1/info")).build(),
                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    /** Accepts any chain, remembering the leaf, so the test can look at what the server presents. */
    private static final class CapturingTrustManager implements X509TrustManager {
        private volatile X509Certificate presented;

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("this trust manager checks servers only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            presented = chain[0];
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
