package org.vigil.client.station.signin;

import org.vigil.client.sdk.Problem;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.care.StationFeedClosedException;
import org.vigil.client.sdk.ciba.CibaException;

/** Every refusal the station can meet, said in words a nurse understands; never a stack trace. */
public final class Refusals {

    private Refusals() {
    }

    public static String of(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof CibaException) && !(t instanceof VigilApiException)
                && !(t instanceof StationFeedClosedException)) {
            t = t.getCause();
        }
        if (t instanceof CibaException ciba) {
            return signIn(ciba.code(), ciba.error().getDescription());
        }
        if (t instanceof VigilApiException api) {
            return problem(api.problem());
        }
        if (t instanceof StationFeedClosedException closed) {
            return feedClosed(closed.code());
        }
        if (t instanceof java.net.ConnectException || t instanceof java.net.http.HttpConnectTimeoutException) {
            return "The server cannot be reached. Check the network; the station keeps trying.";
        }
        if (t instanceof java.io.IOException) {
            return "The server did not answer properly (" + t.getMessage() + ").";
        }
        return "Something went wrong: " + t.getMessage();
    }

    /** A CIBA error code as the token or backchannel endpoint answered it. */
    public static String signIn(String code, String description) {
        return switch (code) {
            case "unknown_user_id" -> "Nobody with an authenticator has this email or phone. Check what you typed.";
            case "access_denied" -> description != null && description.contains("denied")
                    ? "The sign-in was denied on the authenticator."
                    : "This person may not sign in at this station (their role or verification level is not the one it needs).";
            case "expired_token" -> "The sign-in was not approved in time. Try again and approve on your authenticator.";
            case "invalid_binding_message" -> "The station's confirmation text was refused by the server.";
            case "unauthorized_client", "invalid_client" -> "The server does not accept this station any more: it must be enrolled again.";
            case "transaction_failed" -> "The authenticator could not complete the sign-in. Try again.";
            default -> "The sign-in was refused (" + code + (description == null ? "" : ": " + description) + ").";
        };
    }

    public static String problem(Problem p) {
        String detail = p.detail() == null || p.detail().isBlank() ? p.title() : p.detail();
        if (p.errors() != null && !p.errors().isEmpty()) {
            StringBuilder fields = new StringBuilder(detail == null ? "" : detail);
            p.errors().forEach(e -> fields.append(fields.isEmpty() ? "" : " ").append(e.field()).append(": ").append(e.reason()).append('.'));
            detail = fields.toString();
        }
        return switch (p.status()) {
            case 401 -> "The server no longer accepts this sign-in. Sign in again.";
            case 403 -> "Not allowed: " + detail;
            case 404 -> "Not found: " + detail;
            case 409 -> "Already done: " + detail;
            default -> detail;
        };
    }

    static String feedClosed(int code) {
        return switch (code) {
            case 1008 -> "The server refused the live feed: this person may not watch patients at this station.";
            case 1013 -> "The server asked the station to come back later.";
            default -> "The live feed closed (" + code + ").";
        };
    }
}
