package org.vigil.platform.secrets;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the one {@link AtRestEncryption} and the one {@link SigningKeyToken} of the application:
 * {@code @Inject AtRestEncryption} in any module's bean. The keys are opened once, on first use; the start-up check ({@code
 * org.vigil.platform.startup}) has already refused a deployment whose keys cannot be opened.
 */
@ApplicationScoped
public class AtRestEncryptionProducer {

    private static final Logger LOG = Logger.getLogger(AtRestEncryptionProducer.class.getName());

    @Produces
    @Singleton
    AtRestEncryption encryption() {
        AtRestEncryption encryption = new AtRestEncryption(AtRestSettings.from(ConfigProvider.getConfig()).open());
        LOG.info(() -> "Secrets at rest are sealed with " + encryption.describe());
        return encryption;
    }

    @Produces
    @Singleton
    SigningKeyToken signingKeyToken() {
        AtRestSettings settings = AtRestSettings.from(ConfigProvider.getConfig());
        SigningKeyToken token = new SigningKeyToken(settings.pkcs11Config().map(c -> Pkcs11KeyPairs.open(c, settings.pkcs11Pin())));
        LOG.info(() -> token.keyPairs().map(t -> "Signing keys are made and used in the " + t.describe())
                .orElse("Signing keys are sealed with the at-rest key (no PKCS#11 token configured)"));
        return token;
    }
}
