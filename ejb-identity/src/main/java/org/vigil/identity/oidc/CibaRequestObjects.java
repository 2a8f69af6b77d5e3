package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ciba.CIBARequest;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.util.URLUtils;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.application.ReplayGuard;
import org.vigil.identity.domain.OAuthClient;

/**
 * Signed authentication requests (CIBA Core §7.1.1, FAPI-CIBA): checks the request object
 * ({@link SignedCibaRequestCheck}) and its jti, and turns its claims back into the request
 * parameters they stand for, for Nimbus to parse as any other request.
 */
@ApplicationScoped
public class CibaRequestObjects {

    /** What may stand beside a signed request: the request object and the client's authentication (FAPI-CIBA §5.2.2). */
    private static final Set<String> BESIDE_REQUEST_OBJECT = Set.of("request", "client_id", "client_secret", "client_assertion",
            "client_assertion_type");

    @Inject
    ReplayGuard replayGuard;

    @Inject
    IssuerUrl issuer;

    @Inject
    ClientKeys clientKeys;

    /** The request the client signed, once its signature, audience, issuer, times and jti hold. */
    CIBARequest content(HTTPRequest http, CIBARequest request, OAuthClient client, String registeredAlg) {
        if (!request.isSigned()) {
            throw invalid("This client must sign its authentication requests (request parameter).");
        }
        Map<String, List<String>> outer;
        try {
            outer = http.getBodyAsFormParameters();
        } catch (ParseException e) {
            throw invalid("The body is not a form.");
        }
        if (!BESIDE_REQUEST_OBJECT.containsAll(outer.keySet())) {
            throw invalid("With a signed request, every parameter belongs inside the request object.");
        }
        SignedCibaRequestCheck.Checked checked = SignedCibaRequestCheck.check(request.getRequestJWT(), registeredAlg, client.clientId(),
                clientKeys.forJwt(client, request.getRequestJWT().getParsedString()), issuer.url(), Instant.now());
        if (!replayGuard.firstUse("ciba-request:" + client.clientId(), checked.jti(), checked.expiresAt())) {
            throw invalid("The request object was used before (jti).");
        }
        Map<String, List<String>> parameters = new HashMap<>(outer);
        parameters.remove("request");
        checked.claims().getClaims().forEach((name, value) -> {
            if (!SignedCibaRequestCheck.ENVELOPE.contains(name)) {
                parameters.put(name, List.of(value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value)));
            }
        });
        HTTPRequest inner = new HTTPRequest(HTTPRequest.Method.POST, http.getURI());
        inner.setEntityContentType(ContentType.APPLICATION_URLENCODED);
        if (http.getAuthorization() != null) {
            inner.setAuthorization(http.getAuthorization());
        }
        inner.setBody(URLUtils.serializeParameters(parameters));
        CIBARequest content;
        try {
            content = CIBARequest.parse(inner);
        } catch (ParseException e) {
            throw new OAuthException(e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject(), e.getMessage());
        }
        if (content.isSigned()) {
            throw invalid("A request object cannot nest another.");
        }
        return content;
    }

    private static OAuthException invalid(String why) {
        return new OAuthException(OAuth2Error.INVALID_REQUEST, why);
    }
}
