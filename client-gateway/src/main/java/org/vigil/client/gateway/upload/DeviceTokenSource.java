package org.vigil.client.gateway.upload;

import java.io.IOException;
import java.io.InterruptedIOException;

import org.vigil.client.sdk.device.PrivateKeyJwtTokens;

/** The enrolled gateway's own tokens: client credentials with {@code private_key_jwt}. */
public final class DeviceTokenSource implements TokenSource {

    private final PrivateKeyJwtTokens tokens;

    public DeviceTokenSource(PrivateKeyJwtTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String accessToken() throws IOException {
        try {
            return tokens.current();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while getting a token");
        }
    }

    @Override
    public String renew(String refused) throws IOException {
        try {
            return tokens.renew(refused);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while renewing a token");
        }
    }
}
