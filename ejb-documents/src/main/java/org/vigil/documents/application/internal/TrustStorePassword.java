package org.vigil.documents.application.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.documents.domain.TrustSecret;
import org.vigil.documents.trust.TrustKeyStore;
import org.vigil.platform.secrets.AtRestEncryption;
import org.vigil.platform.secrets.SecretPurpose;

/**
 * The PKCS#12 trust store's password. An operator's own ({@code VIGIL_TRUST_KEYSTORE_PASSWORD})
 * when set; otherwise one Vigil generated (256 random bits) and keeps in the database sealed with
 * the at-rest key, so neither the database nor a copy of the data directory opens the CA, OCSP and
 * TSA keys without that key. A file made by an earlier version under its well-known default
 * password is given a generated one on first start.
 */
@ApplicationScoped
public class TrustStorePassword {

    private static final Logger LOG = Logger.getLogger(TrustStorePassword.class.getName());
    private static final SecretPurpose PURPOSE = SecretPurpose.of("documents.trust-keystore-password");
    // what earlier versions used when no password was configured
    private static final char[] FORMER_DEFAULT = "vigil-trust-store-change-me".toCharArray();

    @Inject
    TrustSettings settings;

    @Inject
    AtRestEncryption encryption;

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    /** Within the caller's transaction (the trust services' start). */
    public char[] forFile(Path file) {
        if (settings.keystorePassword().isPresent()) {
            return settings.keystorePassword().get();
        }
        TrustSecret stored = em.find(TrustSecret.class, TrustSecret.KEYSTORE_PASSWORD);
        if (stored != null) {
            return encryption.openText(stored.sealed(), PURPOSE).toCharArray();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        char[] generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
        if (Files.exists(file)) {
            TrustKeyStore.changePassword(file, FORMER_DEFAULT, generated);
            LOG.warning(() -> "The trust store " + file + " had the former default password; it now has a generated one, sealed in the database");
        }
        em.persist(new TrustSecret(TrustSecret.KEYSTORE_PASSWORD, encryption.sealText(new String(generated), PURPOSE), clock.instant()));
        em.flush();
        return generated;
    }
}
