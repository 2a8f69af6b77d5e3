package org.vigil.client.sdk.authenticator;

import java.util.Optional;

/**
 * Where the device key lives. The private key is created inside the store and never leaves it;
 * callers only get a {@link DeviceKey} that signs through it.
 */
public interface DeviceKeyStore {

    /** The key under this store's alias, or empty when the store holds none yet. */
    Optional<DeviceKey> find();

    /** Creates a new key pair inside the store, replacing any key under the same alias. */
    DeviceKey generate();

    /** Says which store this is, for messages: e.g. {@code PKCS#12 key store /home/anna/key.p12}. */
    String description();

    /** The key, or a {@link DeviceKeyException} saying that there is none. */
    default DeviceKey key() {
        return find().orElseThrow(() -> new DeviceKeyException("no device key in " + description()
                + " (enroll first)"));
    }
}
