package org.vigil.client.gateway.upload;

/** One token for as long as the process runs: for the demo and for servers without authentication. */
public record FixedTokenSource(String token) implements TokenSource {

    @Override
    public String accessToken() {
        return token;
    }

    @Override
    public String renew(String refused) {
        return token;
    }
}
