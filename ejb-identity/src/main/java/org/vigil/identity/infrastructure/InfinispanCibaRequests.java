package org.vigil.identity.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.domain.Sha256;
import org.vigil.identity.oidc.CibaCallback;
import org.vigil.identity.oidc.CibaRequestState;
import org.vigil.identity.oidc.CibaRequests;

@ApplicationScoped
public class InfinispanCibaRequests implements CibaRequests {

    @Inject
    ProtocolStateCache cache;

    @Override
    public void save(String authReqId, CibaRequestState request, Duration kept) {
        cache.put(key(authReqId), request, kept);
    }

    @Override
    public Optional<CibaRequestState> find(String authReqId) {
        return cache.get(key(authReqId), CibaRequestState.class);
    }

    @Override
    public Optional<CibaRequestState> take(String authReqId) {
        return cache.take(key(authReqId), CibaRequestState.class);
    }

    @Override
    public void remove(String authReqId) {
        cache.remove(key(authReqId));
    }

    @Override
    public void saveCallback(UUID approvalId, CibaCallback callback, Duration kept) {
        cache.put("ciba-callback:" + approvalId, callback, kept);
    }

    @Override
    public Optional<CibaCallback> takeCallback(UUID approvalId) {
        return cache.take("ciba-callback:" + approvalId, CibaCallback.class);
    }

    /** Only the hash of an auth_req_id is kept: the cache's contents do not redeem anything. */
    private static String key(String authReqId) {
        return "ciba:" + Sha256.hex(authReqId == null ? "" : authReqId);
    }
}
