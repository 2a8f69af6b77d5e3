package org.vigil.documents.application.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.platform.startup.ProductionSettings;

/**
 * The trust services' configuration (MicroProfile Config: {@code VIGIL_TRUST_...} environment
 * variables or {@code -Dvigil.trust....}). By default the keys are in a PKCS#12 file in the
 * server's data dir, created on first start; {@code vigil.trust.pkcs11-config} selects a
 * PKCS#11 token (SoftHSM2, an HSM) instead.
 */
@ApplicationScoped
public class TrustSettings {

    @Inject
    @ConfigProperty(name = "vigil.issuer", defaultValue = "http://localhost:8080")
    String issuer;

    /** Where relying parties reach /pki; goes into every certificate, so choose a stable name. */
    @Inject
    @ConfigProperty(name = "vigil.trust.public-base-url")
    Optional<String> publicBaseUrl;

    @Inject
    @ConfigProperty(name = "vigil.trust.keystore")
    Optional<String> keystore;

    /** An operator's own password for the PKCS#12 file; without it Vigil generates one and seals it ({@link TrustStorePassword}). */
    @Inject
    @ConfigProperty(name = "vigil.trust.keystore-password")
    Optional<String> keystorePassword;

    @Inject
    @ConfigProperty(name = "vigil.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "vigil.trust.pkcs11-config")
    Optional<String> pkcs11Config;

    @Inject
    @ConfigProperty(name = "vigil.trust.pkcs11-pin")
    Optional<String> pkcs11Pin;

    @Inject
    @ConfigProperty(name = "vigil.trust.organisation", defaultValue = "Vigil Health")
    String organisation;

    @Inject
    @ConfigProperty(name = "vigil.trust.country", defaultValue = "CH")
    String country;

    // No default outside demo mode: the start-up check refuses to start without an OID of the installation's own arc.
    @Inject
    @ConfigProperty(name = "vigil.trust.tsa-policy")
    Optional<String> tsaPolicy;

    @Inject
    @ConfigProperty(name = "vigil.trust.ocsp-validity-minutes", defaultValue = "60")
    long ocspValidityMinutes;

    @Inject
    @ConfigProperty(name = "vigil.trust.certificate-validity-days", defaultValue = "730")
    long certificateValidityDays;

    /** PEM file of extra trust anchors for validation (another country's CA, a partner's). */
    @Inject
    @ConfigProperty(name = "vigil.validation.extra-anchors")
    Optional<String> extraAnchors;

    /** The KYC level a person needs before Vigil certifies their authenticator key for signing. */
    @Inject
    @ConfigProperty(name = "vigil.documents.signing-kyc-level", defaultValue = "1")
    int signingKycLevel;

    @Inject
    @ConfigProperty(name = "vigil.documents.max-bytes", defaultValue = "8388608")
    long maxDocumentBytes;

    @Inject
    @ConfigProperty(name = "vigil.documents.signing-request-minutes", defaultValue = "10")
    long signingRequestMinutes;

    public URI pkiBase() {
        String base = publicBaseUrl.filter(s -> !s.isBlank()).orElseGet(() -> strip(issuer) + "/pki");
        return URI.create(strip(base));
    }

    public Path keystorePath() {
        return keystore.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "vigil", "trust.p12"));
    }

    public Optional<Path> pkcs11ConfigPath() {
        return pkcs11Config.filter(s -> !s.isBlank()).map(Path::of);
    }

    public Optional<Path> extraAnchorsPath() {
        return extraAnchors.filter(s -> !s.isBlank()).map(Path::of);
    }

    public Duration ocspValidity() {
        return Duration.ofMinutes(ocspValidityMinutes);
    }

    public Duration certificateValidity() {
        return Duration.ofDays(certificateValidityDays);
    }

    public Duration signingRequestLifetime() {
        return Duration.ofMinutes(signingRequestMinutes);
    }

    // Accessors only: this bean is reached through a CDI proxy, whose fields are never set.

    public Optional<char[]> keystorePassword() {
        return keystorePassword.filter(s -> !s.isBlank()).map(String::toCharArray);
    }

    public char[] pkcs11Pin() {
        return pkcs11Pin.orElse("").toCharArray();
    }

    public String organisation() {
        return organisation;
    }

    public String country() {
        return country;
    }

    /** The configured policy OID; the demo's placeholder arc only in demo mode. */
    public String tsaPolicy() {
        return tsaPolicy.filter(s -> !s.isBlank()).orElseGet(() -> {
            if (!demo) {
                throw new IllegalStateException("VIGIL_TRUST_TSA_POLICY is not set");
            }
            return ProductionSettings.DEMO_TSA_POLICY;
        });
    }

    public int signingKycLevel() {
        return signingKycLevel;
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
