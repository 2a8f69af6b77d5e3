package org.vigil.identity.oidc;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.ciba.CIBAError;
import com.nimbusds.oauth2.sdk.ciba.BackChannelTokenDeliveryMode;
import com.nimbusds.oauth2.sdk.ciba.CIBAErrorDelivery;
import com.nimbusds.oauth2.sdk.ciba.CIBAPingCallback;
import com.nimbusds.oauth2.sdk.ciba.CIBATokenDelivery;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;

import org.vigil.identity.domain.OAuthClient;

/**
 * The message a ping or push client is sent once its request is decided or expired (CIBA Core
 * §10.2, §10.3), built in a transaction of its own (push mode issues tokens) and sent by
 * {@link CibaNotifier} after it commits. Each request's callback is taken once.
 */
@Stateless
public class CibaCallbacks {

    @Inject
    CibaRequests requests;

    @EJB
    ClientRegistry clients;

    @Inject
    CibaGrantHandler ciba;

    /** The HTTP request to send, or empty when the approval belongs to no ping or push request (or was handled). */
    public Optional<Outgoing> prepare(UUID approvalId) {
        Optional<CibaCallback> taken = requests.takeCallback(approvalId);
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        CibaCallback callback = taken.get();
        URI endpoint = URI.create(callback.endpoint());
        BearerAccessToken bearer = new BearerAccessToken(callback.notificationToken());
        AuthRequestID id = new AuthRequestID(callback.authReqId());
        if (!BackChannelTokenDeliveryMode.PUSH.getValue().equals(callback.mode())) {
            return Optional.of(new Outgoing(callback.clientId(), "ping", new CIBAPingCallback(endpoint, bearer, id).toHTTPRequest()));
        }
        OAuthClient client = clients.find(callback.clientId()).orElse(null);
        if (client == null) {
            return Optional.empty();
        }
        try {
            Tokens issued = ciba.pushTokens(client, callback.authReqId());
            CIBATokenDelivery delivery = issued instanceof OIDCTokens oidc ? new CIBATokenDelivery(endpoint, bearer, id, oidc)
                    : new CIBATokenDelivery(endpoint, bearer, id, issued);
            return Optional.of(new Outgoing(callback.clientId(), "token delivery", delivery.toHTTPRequest()));
        } catch (OAuthException refused) {
            ErrorObject error = CIBAErrorDelivery.getStandardErrors().stream().filter(e -> e.getCode().equals(refused.error().getCode()))
                    .findFirst().orElse(CIBAError.TRANSACTION_FAILED);
            return Optional.of(new Outgoing(callback.clientId(), "error delivery (" + error.getCode() + ")",
                    new CIBAErrorDelivery(endpoint, bearer, id, error.setDescription(refused.getMessage())).toHTTPRequest()));
        }
    }

    /** A prepared notification; {@code kind} names it in logs, which never show its body or bearer. */
    public record Outgoing(String clientId, String kind, HTTPRequest request) {
    }
}
