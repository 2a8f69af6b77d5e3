package org.vigil.platform.secrets;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * Where the at-rest keys are, from MicroProfile Config ({@code VIGIL_AT_REST_...} or system
 * properties): a PKCS#11 token when {@code vigil.at-rest.pkcs11-config} is set, otherwise the
 * Elytron credential store {@code vigil.at-rest.store} ({@code configure.cli} sets that system
 * property, default {@code <data dir>/vigil/at-rest.cs}, and declares the same file to Elytron);
 * new secrets are sealed with {@code vigil.at-rest.key-alias} ({@code vigil-at-rest}).
 */
public record AtRestSettings(Path store, String keyAlias, Optional<Path> pkcs11Config, char[] pkcs11Pin) {

    public static final String DEFAULT_ALIAS = "vigil-at-rest";

    public static AtRestSettings from(Config config) {
        Path store = config.getOptionalValue("vigil.at-rest.store", String.class).filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "vigil", "at-rest.cs"));
        return new AtRestSettings(store,
                config.getOptionalValue("vigil.at-rest.key-alias", String.class).filter(s -> !s.isBlank()).orElse(DEFAULT_ALIAS),
                config.getOptionalValue("vigil.at-rest.pkcs11-config", String.class).filter(s -> !s.isBlank()).map(Path::of),
                config.getOptionalValue("vigil.at-rest.pkcs11-pin", String.class).orElse("").toCharArray());
    }

    /** Opens the keys these settings name; the store file is restricted to the server's user first. */
    public AtRestKeys open() {
        if (pkcs11Config.isPresent()) {
            return Pkcs11Keys.open(pkcs11Config.get(), pkcs11Pin, keyAlias);
        }
        OwnerOnlyFiles.restrict(store);
        return CredentialStoreKeys.open(store, keyAlias);
    }
}
