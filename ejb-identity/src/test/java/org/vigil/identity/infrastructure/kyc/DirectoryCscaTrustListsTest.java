package org.vigil.identity.infrastructure.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.identity.kyc.CscaTrustList;
import org.vigil.testsupport.emrtd.TestCsca;

class DirectoryCscaTrustListsTest {

    @Test
    void readsPemAndDerCertificatesAndCrlsAndSkipsTheRest(@TempDir Path dir) throws Exception {
        TestCsca utopia = TestCsca.of("UTO", "Utopia CSCA");
        TestCsca atlantis = TestCsca.of("ATL", "Atlantis CSCA");
        Files.writeString(dir.resolve("utopia.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(utopia.certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");
        Files.write(dir.resolve("atlantis.der"), atlantis.certificate().getEncoded());
        Files.write(dir.resolve("utopia.crl"), utopia.crlRevoking(utopia.documentSigner("DS").certificate()).getEncoded());
        Files.writeString(dir.resolve("broken.pem"), "not a certificate");
        Files.writeString(dir.resolve("README.txt"), "ignored");
        CscaTrustList list = DirectoryCscaTrustLists.read(dir);
        assertThat(list.cscas()).containsExactlyInAnyOrder(utopia.certificate(), atlantis.certificate());
        assertThat(list.crls()).singleElement().satisfies(crl -> assertThat(crl.getIssuerX500Principal())
                .isEqualTo(utopia.certificate().getSubjectX500Principal()));
    }

    @Test
    void noDirectoryIsAnEmptyList(@TempDir Path dir) {
        CscaTrustList list = DirectoryCscaTrustLists.read(dir.resolve("missing"));
        assertThat(list.cscas()).isEmpty();
        assertThat(list.crls()).isEmpty();
    }
}
