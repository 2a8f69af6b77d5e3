package org.vigil.identity.oidc;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.ACR;

import org.vigil.identity.domain.KycLevel;
import org.vigil.identity.domain.OAuthClient;

/**
 * OpenID Connect Core §3.1.2.2: whether an authorization request may go on, before anyone logs in. Errors the client can
 * be trusted with go back to its redirect_uri; the others (unknown client, unregistered redirect_uri) stay on Vigil's page.
 */
@Dependent
public class AuthorizationRequestCheck {

    private final ClientRegistry clients;

    @Inject
    public AuthorizationRequestCheck(ClientRegistry clients) {
        this.clients = clients;
    }

    /** What the check concluded: go on with a valid request, or take this step instead. */
    public sealed interface Outcome {
    }

    /** A request worth logging in for: its client, the scopes it asks for, the KYC level it needs and its prompt. */
    public record Valid(AuthenticationRequest request, OAuthClient client, Set<String> scopes, KycLevel requiredLevel, Prompt prompt)
            implements Outcome {
    }

    /** @param error the same refusal as an OAuth error object, for the pushed authorization request endpoint to answer with */
    public record Refused(AuthorizationStep step, ErrorObject error) implements Outcome {

        Refused(AuthorizationStep.ShowError page) {
            this(page, OAuth2Error.INVALID_REQUEST.setDescription(page.message()));
        }
    }

    public Outcome check(String query) {
        AuthenticationRequest request;
        try {
            request = AuthenticationRequest.parse(URI.create("https://vigil/authorize?" + (query == null ? "" : query)));
        } catch (ParseException e) {
            return new Refused(errorFromUnparsable(e), (e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject())
                    .setDescription(e.getMessage()));
        }
        Optional<OAuthClient> found = clients.find(request.getClientID().getValue());
        if (found.isEmpty()) {
            return new Refused(new AuthorizationStep.ShowError("Unknown application (client_id)."));
        }
        OAuthClient client = found.get();
        if (request.getRedirectionURI() == null || !client.redirectUris().contains(request.getRedirectionURI().toString())) {
            return new Refused(new AuthorizationStep.ShowError("The application's redirect_uri is not registered for it."));
        }
        if (!new ResponseType("code").equals(request.getResponseType())) {
            return refused(request, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE, "Only response_type=code is supported.");
        }
        if (!client.grantTypes().contains("authorization_code")) {
            return refused(request, OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use the authorization code flow.");
        }
        Set<String> scopes = new LinkedHashSet<>(request.getScope().toStringList());
        if (!client.scopes().containsAll(scopes)) {
            return refused(request, OAuth2Error.INVALID_SCOPE, "Scopes not allowed for this client.");
        }
        scopes.addAll(DefaultScopes.of(client));
        if (request.getCodeChallenge() != null && !CodeChallengeMethod.S256.equals(request.getCodeChallengeMethod())) {
            return refused(request, OAuth2Error.INVALID_REQUEST, "code_challenge_method must be S256.");
        }
        if (client.isPublic() && request.getCodeChallenge() == null) {
            return refused(request, OAuth2Error.INVALID_REQUEST, "PKCE (S256) is required for public clients.");
        }
        // FAPI 2.0 Security Profile §5.3.2.2: a client held to PAR or DPoP is a FAPI client, and FAPI requires PKCE;
        // other confidential clients keep the code flow without it (their authentication binds the code)
        if ((client.requiresPushedRequests() || client.requiresDpop()) && request.getCodeChallenge() == null) {
            return refused(request, OAuth2Error.INVALID_REQUEST, "PKCE (S256) is required for clients held to FAPI 2.0 (PAR or DPoP).");
        }
        Optional<KycLevel> required = requiredLevel(request);
        if (required.isEmpty()) {
            return refused(request, OAuth2Error.INVALID_REQUEST, "None of the acr_values is supported.");
        }
        return new Valid(request, client, scopes, required.get(), request.getPrompt() == null ? new Prompt() : request.getPrompt());
    }

    /** An error for the client, at its redirect_uri (the request was checked to have a registered one). */
    public static AuthorizationStep error(AuthenticationRequest request, ErrorObject error, String description) {
        return new AuthorizationStep.Redirect(new AuthenticationErrorResponse(request.getRedirectionURI(), error.setDescription(description),
                request.getState(), null).toURI());
    }

    private static Refused refused(AuthenticationRequest request, ErrorObject error, String description) {
        return new Refused(error(request, error, description), error.setDescription(description));
    }

    /** The lowest level any of the acr_values names; NONE when the client names none. */
    private static Optional<KycLevel> requiredLevel(AuthenticationRequest request) {
        List<ACR> acrs = request.getACRValues();
        if (acrs == null || acrs.isEmpty()) {
            return Optional.of(KycLevel.NONE);
        }
        return acrs.stream().map(a -> KycLevel.ofAcr(a.getValue())).flatMap(Optional::stream).min(Enum::compareTo);
    }

    private AuthorizationStep errorFromUnparsable(ParseException e) {
        if (e.getRedirectionURI() != null && e.getClientID() != null) {
            Optional<OAuthClient> client = clients.find(e.getClientID().getValue());
            if (client.isPresent() && client.get().redirectUris().contains(e.getRedirectionURI().toString())) {
                ErrorObject error = e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject();
                return new AuthorizationStep.Redirect(new AuthenticationErrorResponse(e.getRedirectionURI(), error,
                        e.getState() == null ? null : new State(e.getState().getValue()), null).toURI());
            }
        }
        return new AuthorizationStep.ShowError("The authorization request is malformed: " + e.getMessage());
    }
}
