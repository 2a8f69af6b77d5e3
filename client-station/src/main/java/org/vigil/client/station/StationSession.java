package org.vigil.client.station;

import java.net.URI;
import java.util.function.Consumer;

import org.vigil.client.sdk.care.CareClient;
import org.vigil.client.sdk.station.StationCredentials;
import org.vigil.client.station.signin.PersonSession;

/**
 * What a screen works with once someone is signed in: the server, the station's credentials, the
 * person's session, the care API, and where to say things to the person.
 */
public record StationSession(URI server, StationCredentials credentials, PersonSession person, CareClient care, StationOptions options,
                             Consumer<String> say) {

    /** The station's own token, for reads (a station reads its assigned patients). */
    public String stationToken() throws Exception {
        return credentials.stationToken();
    }

    public String personToken() {
        return person.accessToken();
    }
}
