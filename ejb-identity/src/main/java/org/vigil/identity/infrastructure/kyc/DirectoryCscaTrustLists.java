package org.vigil.identity.infrastructure.kyc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRL;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.identity.application.CscaTrustLists;
import org.vigil.identity.kyc.CscaTrustList;

/**
 * The CSCA trust list as files in one directory ({@code vigil.kyc.csca-dir}, by default {@code vigil/kyc-csca} in the
 * server's data directory): CSCA certificates as {@code *.pem}, {@code *.cer}, {@code *.crt} or {@code *.der}, CRLs as
 * {@code *.crl}, PEM or DER. An operator fills it from the ICAO PKD or national master lists; it is read afresh on
 * each check, so a new CSCA or CRL counts at once. A file that does not parse is logged and skipped.
 */
@ApplicationScoped
public class DirectoryCscaTrustLists implements CscaTrustLists {

    private static final Logger LOG = Logger.getLogger(DirectoryCscaTrustLists.class.getName());

    @Inject
    @ConfigProperty(name = "vigil.kyc.csca-dir")
    Optional<String> configured;

    @Override
    public CscaTrustList current() {
        return read(directory());
    }

    Path directory() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Path.of(configured.get());
        }
        return Path.of(System.getProperty("jboss.server.data.dir", "."), "vigil", "kyc-csca");
    }

    static CscaTrustList read(Path dir) {
        List<X509Certificate> cscas = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new CscaTrustList(cscas, crls);
        }
        try (Stream<Path> files = Files.list(dir)) {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                try (InputStream in = Files.newInputStream(file)) {
                    if (name.endsWith(".crl")) {
                        for (CRL crl : x509.generateCRLs(in)) {
                            crls.add((X509CRL) crl);
                        }
                    } else if (name.endsWith(".pem") || name.endsWith(".cer") || name.endsWith(".crt") || name.endsWith(".der")) {
                        for (Certificate c : x509.generateCertificates(in)) {
                            cscas.add((X509Certificate) c);
                        }
                    }
                } catch (IOException | CertificateException | CRLException | RuntimeException e) {
                    LOG.log(Level.WARNING, "KYC trust list: skipping " + file + ", which does not parse: " + e.getMessage());
                }
            }
        } catch (IOException | CertificateException e) {
            LOG.log(Level.WARNING, "KYC trust list: cannot read " + dir + ": " + e.getMessage());
        }
        return new CscaTrustList(cscas, crls);
    }
}
