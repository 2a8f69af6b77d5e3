package org.vigil.identity.oidc;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.oauth2.sdk.util.URLUtils;

/**
 * OpenID Connect Front-Channel Logout 1.0 §3: the address Vigil's logout page frames for one client of the session that
 * ended. The registered address keeps its own query; {@code iss} and {@code sid} are added only when the client asked
 * for them ({@code frontchannel_logout_session_required}), as the spec's default is not to send them.
 */
final class FrontChannelLogouts {

    private FrontChannelLogouts() {
    }

    static URI frame(String frontchannelLogoutUri, boolean sessionRequired, String issuer, String sid) {
        if (!sessionRequired) {
            return URI.create(frontchannelLogoutUri);
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("iss", List.of(issuer));
        parameters.put("sid", List.of(sid));
        String separator = URI.create(frontchannelLogoutUri).getRawQuery() == null ? "?" : "&";
        return URI.create(frontchannelLogoutUri + separator + URLUtils.serializeParameters(parameters));
    }
}
