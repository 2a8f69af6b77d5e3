package org.vigil.client.station.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.nimbusds.oauth2.sdk.ErrorObject;

import org.junit.jupiter.api.Test;
import org.vigil.client.sdk.Problem;
import org.vigil.client.sdk.VigilApiException;
import org.vigil.client.sdk.ciba.CibaException;

class RefusalsTest {

    @Test
    void cibaRefusalsAreSaidInWords() {
        assertThat(Refusals.of(new CibaException(new ErrorObject("unknown_user_id", "No person")))).startsWith("Nobody with an authenticator");
        assertThat(Refusals.of(new CibaException(new ErrorObject("access_denied", "The person denied the request."))))
                .isEqualTo("The sign-in was denied on the authenticator.");
        assertThat(Refusals.of(new CibaException(new ErrorObject("access_denied", "The request cannot be granted to this client."))))
                .contains("may not sign in at this station");
        assertThat(Refusals.of(new RuntimeException(new CibaException(new ErrorObject("expired_token", null))))).contains("not approved in time");
    }

    @Test
    void problemsKeepTheServersDetail() {
        Problem p = new Problem("urn:vigil:problem:invalid-request", "Invalid", 400, "The reason is required.",
                List.of(new Problem.FieldError("reason", "must not be blank")));
        assertThat(Refusals.of(new VigilApiException(p))).isEqualTo("The reason is required. reason: must not be blank.");
        assertThat(Refusals.of(new VigilApiException(new Problem("t", "Forbidden", 403, "Only the patient's care team may do this.", null))))
                .isEqualTo("Not allowed: Only the patient's care team may do this.");
    }
}
