package org.vigil.client.gateway.upload;

import java.io.IOException;

/**
 * Where the uploader gets its access tokens. The gateway's real source authenticates as a
 * device client with {@code private_key_jwt} (it comes with the identity work); the demo and
 * tests use a fixed token.
 */
public interface TokenSource {

    /** A token believed to be valid; a source may cache it until it expires. */
    String accessToken() throws IOException;

    /**
     * The server answered 401 to {@code refused}: returns a newly obtained token, never that one
     * again (it may have been revoked before its expiry).
     */
    String renew(String refused) throws IOException;
}
