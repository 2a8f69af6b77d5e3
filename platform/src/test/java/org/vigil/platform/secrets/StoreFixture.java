package org.vigil.platform.secrets;

import java.nio.file.Path;
import java.util.Map;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/** An Elytron secret-key credential store made the way elytron-tool makes one: a file with AES-256 keys. */
final class StoreFixture {

    private StoreFixture() {
    }

    static Path store(Path file, String... aliases) throws Exception {
        CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore", WildFlyElytronCredentialStoreProvider.getInstance());
        store.initialize(Map.of("location", file.toString(), "create", "true"));
        for (String alias : aliases) {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey key = generator.generateKey();
            store.store(alias, new SecretKeyCredential(key));
        }
        store.flush();
        return file;
    }
}
