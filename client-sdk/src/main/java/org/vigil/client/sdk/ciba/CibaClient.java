package org.vigil.client.sdk.ciba;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.ciba.CIBAGrant;
import com.nimbusds.oauth2.sdk.ciba.CIBARequest;
import com.nimbusds.oauth2.sdk.ciba.CIBARequestAcknowledgement;
import com.nimbusds.oauth2.sdk.ciba.CIBAResponse;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationGrantError;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;

/**
 * A CIBA client (OpenID Connect CIBA Core 1.0) on Nimbus' messages: starts a backchannel
 * authentication, then polls the token endpoint honouring {@code interval} and {@code slow_down}
 * (poll mode), or redeems once when pinged (ping mode). Push-mode tokens arrive at a
 * {@link CibaCallbackReceiver} instead.
 */
public final class CibaClient {

    private static final int DEFAULT_INTERVAL_SECONDS = 5;

    private final URI backchannelEndpoint;
    private final URI tokenEndpoint;
    private final Supplier<ClientAuthentication> authentication;

    public CibaClient(URI backchannelEndpoint, URI tokenEndpoint, ClientAuthentication authentication) {
        this(backchannelEndpoint, tokenEndpoint, () -> authentication);
    }

    /**
     * For a client that authenticates afresh on every request: a {@code private_key_jwt}
     * assertion is single-use (its {@code jti}), so each start and each poll gets a new one.
     */
    public CibaClient(URI backchannelEndpoint, URI tokenEndpoint, Supplier<ClientAuthentication> authentication) {
        this.backchannelEndpoint = backchannelEndpoint;
        this.tokenEndpoint = tokenEndpoint;
        this.authentication = authentication;
    }

    /** Vigil's endpoints under its issuer URL. */
    public static CibaClient forIssuer(String issuer, ClientAuthentication authentication) {
        return new CibaClient(URI.create(issuer + "/oidc/backchannel"), URI.create(issuer + "/oidc/token"), authentication);
    }

    public URI backchannelEndpoint() {
        return backchannelEndpoint;
    }

    /**
     * Sends the authentication request the builder describes (its endpoint and client
     * authentication are this client's).
     */
    public CIBARequestAcknowledgement start(CIBARequest request) throws CibaException, IOException {
        try {
            CIBAResponse response = CIBAResponse.parse(send(request.toHTTPRequest()));
            if (!response.indicatesSuccess()) {
                throw new CibaException(response.toErrorResponse().getErrorObject());
            }
            return response.toRequestAcknowledgement();
        } catch (ParseException e) {
            throw new IOException("the provider's answer is not a CIBA response: " + e.getMessage(), e);
        }
    }

    /** A builder for a request of this client: scope and one hint to be set by the caller. */
    public CIBARequest.Builder request(com.nimbusds.oauth2.sdk.Scope scope) {
        return new CIBARequest.Builder(authentication.get(), scope).endpointURI(backchannelEndpoint);
    }

    /** Polls until the person decides or the request expires (poll mode). */
    public Tokens poll(CIBARequestAcknowledgement acknowledgement) throws CibaException, IOException, InterruptedException {
        int interval = acknowledgement.getMinWaitInterval() > 0 ? acknowledgement.getMinWaitInterval() : DEFAULT_INTERVAL_SECONDS;
        Instant deadline = Instant.now().plusSeconds(acknowledgement.getExpiresIn()).plusSeconds(interval);
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(Duration.ofSeconds(interval).toMillis());
            try {
                return redeem(acknowledgement.getAuthRequestID());
            } catch (CibaException e) {
                ErrorObject error = e.error();
                if (DeviceAuthorizationGrantError.SLOW_DOWN.getCode().equals(error.getCode())) {
                    interval += 5;
                } else if (!DeviceAuthorizationGrantError.AUTHORIZATION_PENDING.getCode().equals(error.getCode())) {
                    throw e;
                }
            }
        }
        throw new CibaException(DeviceAuthorizationGrantError.EXPIRED_TOKEN);
    }

    /** One token request for the auth_req_id (ping mode: after the ping; poll mode: one poll). */
    public Tokens redeem(AuthRequestID authReqId) throws CibaException, IOException {
        TokenRequest request = new TokenRequest.Builder(tokenEndpoint, authentication.get(), new CIBAGrant(authReqId)).build();
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(send(request.toHTTPRequest()));
            if (!response.indicatesSuccess()) {
                throw new CibaException(response.toErrorResponse().getErrorObject());
            }
            return response.toSuccessResponse().getTokens();
        } catch (ParseException e) {
            throw new IOException("the provider's answer is not a token response: " + e.getMessage(), e);
        }
    }

    private static com.nimbusds.oauth2.sdk.http.HTTPResponse send(HTTPRequest request) throws IOException {
        request.setFollowRedirects(false);
        request.setConnectTimeout(10_000);
        request.setReadTimeout(30_000);
        return request.send();
    }
}
