package org.vigil.client.sdk.ciba;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.nimbusds.oauth2.sdk.ciba.AuthRequestID;
import com.nimbusds.oauth2.sdk.ciba.CIBAError;
import com.nimbusds.oauth2.sdk.ciba.CIBAErrorDelivery;
import com.nimbusds.oauth2.sdk.ciba.CIBAPingCallback;
import com.nimbusds.oauth2.sdk.ciba.CIBAPushCallback;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;

import org.junit.jupiter.api.Test;

class CibaCallbackReceiverTest {

    @Test
    void aPingWithTheTokenHandedOutIsTakenAndAnswered204() throws Exception {
        try (CibaCallbackReceiver receiver = CibaCallbackReceiver.start()) {
            String token = receiver.newNotificationToken();
            AuthRequestID id = new AuthRequestID();

            int status = new CIBAPingCallback(receiver.endpoint(), new BearerAccessToken(token), id).toHTTPRequest().send().getStatusCode();

            assertThat(status).isEqualTo(204);
            assertThat(receiver.awaitPing(Duration.ofSeconds(5)).getAuthRequestID()).isEqualTo(id);
        }
    }

    @Test
    void aPushedErrorIsParsedAsSuch() throws Exception {
        try (CibaCallbackReceiver receiver = CibaCallbackReceiver.start()) {
            String token = receiver.newNotificationToken();
            new CIBAErrorDelivery(receiver.endpoint(), new BearerAccessToken(token), new AuthRequestID(), CIBAError.EXPIRED_TOKEN)
                    .toHTTPRequest().send();

            CIBAPushCallback pushed = receiver.awaitPush(Duration.ofSeconds(5));

            assertThat(pushed.indicatesSuccess()).isFalse();
            assertThat(pushed.toErrorDelivery().getErrorObject().getCode()).isEqualTo("expired_token");
        }
    }

    @Test
    void aCallbackWithAnotherTokenIsRefusedAndNotTaken() throws Exception {
        try (CibaCallbackReceiver receiver = CibaCallbackReceiver.start()) {
            receiver.newNotificationToken();

            int status = new CIBAPingCallback(receiver.endpoint(), new BearerAccessToken("forged"), new AuthRequestID()).toHTTPRequest()
                    .send().getStatusCode();

            assertThat(status).isEqualTo(401);
            assertThat(receiver.hasReceived()).isFalse();
        }
    }
}
