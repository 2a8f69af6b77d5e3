package org.vigil.identity.domain;

import java.util.Arrays;

/** How the client proves who it is at the token endpoint. */
public enum ClientAuthMethod {
    CLIENT_SECRET_BASIC("client_secret_basic"),
    CLIENT_SECRET_POST("client_secret_post"),
    PRIVATE_KEY_JWT("private_key_jwt"),
    NONE("none");

    private final String value;

    ClientAuthMethod(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static ClientAuthMethod of(String value) {
        return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported token_endpoint_auth_method " + value));
    }
}
