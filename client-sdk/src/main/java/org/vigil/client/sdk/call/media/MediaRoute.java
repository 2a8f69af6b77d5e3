package org.vigil.client.sdk.call.media;

import java.util.Map;
import java.util.Optional;

import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsType;

/**
 * The path media takes now: the kinds of the selected ICE candidate pair's two ends ({@code host},
 * {@code srflx}, {@code prflx} or {@code relay}) and the local end's address. {@code relay} on the
 * local end means this side's media goes through the TURN server.
 */
public record MediaRoute(String localType, String remoteType, String localAddress) {

    /** The route in a stats report: the transport's selected pair and its two candidates; empty before a pair is selected. */
    static Optional<MediaRoute> of(Map<String, RTCStats> report) {
        return report.values().stream().filter(s -> s.getType() == RTCStatsType.TRANSPORT)
                .map(t -> t.getAttributes().get("selectedCandidatePairId")).filter(id -> id != null)
                .map(id -> report.get(id.toString())).filter(pair -> pair != null).findFirst().flatMap(pair -> {
                    RTCStats local = report.get(String.valueOf(pair.getAttributes().get("localCandidateId")));
                    RTCStats remote = report.get(String.valueOf(pair.getAttributes().get("remoteCandidateId")));
                    if (local == null || remote == null) {
                        return Optional.empty();
                    }
                    Map<String, Object> l = local.getAttributes();
                    return Optional.of(new MediaRoute(String.valueOf(l.get("candidateType")), String.valueOf(remote.getAttributes().get("candidateType")),
                            l.get("address") + ":" + l.get("port")));
                });
    }
}
