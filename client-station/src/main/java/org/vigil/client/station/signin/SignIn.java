package org.vigil.client.station.signin;

import java.security.SecureRandom;
import java.util.function.Consumer;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.ciba.CIBARequestAcknowledgement;
import com.nimbusds.oauth2.sdk.token.Tokens;

import org.vigil.client.sdk.ciba.CibaClient;
import org.vigil.client.sdk.station.StationCredentials;

/**
 * A person signs in at the station: CIBA with their email or phone as {@code login_hint} and a
 * binding message the station shows and the authenticator shows too, then polling until they
 * decide. Runs on the caller's (background) thread; {@link #cancel()} stops waiting.
 */
public final class SignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StationCredentials credentials;
    private volatile boolean cancelled;

    public SignIn(StationCredentials credentials) {
        this.credentials = credentials;
    }

    /** The text both screens show: the station's name and a short code, at most 64 characters. */
    public static String bindingMessage(String stationName) {
        String name = stationName.length() > 40 ? stationName.substring(0, 40) : stationName;
        return "Sign in at " + name + " " + String.format("%04d", RANDOM.nextInt(10_000));
    }

    /**
     * @param shown called with the binding message once the server accepted the request
     * @return the person's session
     * @throws Exception a refusal ({@link Refusals#of} says it in words)
     */
    public PersonSession run(String login, String bindingMessage, Consumer<String> shown) throws Exception {
        CibaClient ciba = credentials.ciba();
        CIBARequestAcknowledgement ack = ciba.start(ciba.request(new Scope("openid"))
                .loginHint(login.strip()).bindingMessage(bindingMessage).build());
        shown.accept(bindingMessage);
        if (cancelled) {
            throw new InterruptedException("sign-in cancelled");
        }
        Tokens tokens = ciba.poll(ack);
        if (cancelled) {
            throw new InterruptedException("sign-in cancelled");
        }
        return PersonSession.of(login.strip(), tokens.getAccessToken().getValue(),
                tokens.getRefreshToken() == null ? null : tokens.getRefreshToken().getValue());
    }

    public void cancel() {
        cancelled = true;
    }
}
