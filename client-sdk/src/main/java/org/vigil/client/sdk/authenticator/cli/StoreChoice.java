package org.vigil.client.sdk.authenticator.cli;

import java.nio.file.Path;

import org.vigil.client.sdk.authenticator.DeviceKeyStore;
import org.vigil.client.sdk.authenticator.Pkcs11DeviceKeyStore;
import org.vigil.client.sdk.authenticator.Pkcs12DeviceKeyStore;

/** Which key store holds the device key: its kind, and its configuration or key store file. */
record StoreChoice(Kind kind, Path location) {

    /** A kind of store, the option that selects it and where its secret comes from. */
    enum Kind {
        PKCS11("pkcs11", "pkcs11", "pin", "VIGIL_AUTHENTICATOR_PIN", "token PIN"),
        PKCS12("pkcs12", "keystore", "password", "VIGIL_AUTHENTICATOR_PASSWORD", "key store password");

        private final String stateName;
        private final String option;
        private final String secretOption;
        private final String secretVariable;
        private final String secretName;

        Kind(String stateName, String option, String secretOption, String secretVariable, String secretName) {
            this.stateName = stateName;
            this.option = option;
            this.secretOption = secretOption;
            this.secretVariable = secretVariable;
            this.secretName = secretName;
        }

        /** How the state file names this kind. */
        String stateName() {
            return stateName;
        }

        String option() {
            return option;
        }

        String secretOption() {
            return secretOption;
        }

        String secretVariable() {
            return secretVariable;
        }

        String secretName() {
            return secretName;
        }
    }

    DeviceKeyStore open(char[] secret) {
        return kind == Kind.PKCS11 ? new Pkcs11DeviceKeyStore(location, secret) : new Pkcs12DeviceKeyStore(location, secret);
    }
}
