package org.vigil.identity.infrastructure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.identity.oidc.PendingLogin;
import org.vigil.identity.oidc.PendingLogins;

@ApplicationScoped
public class InfinispanPendingLogins implements PendingLogins {

    @Inject
    ProtocolStateCache cache;

    @Override
    public void save(PendingLogin login) {
        cache.put("pending:" + login.id(), login, LIFETIME);
    }

    @Override
    public Optional<PendingLogin> find(String id) {
        return id == null ? Optional.empty() : cache.get("pending:" + id, PendingLogin.class);
    }

    @Override
    public void remove(String id) {
        cache.remove("pending:" + id);
    }

    @Override
    public void linkQrToken(String qrToken, String pendingId) {
        cache.put("qr:" + qrToken, pendingId, LIFETIME);
    }

    @Override
    public Optional<PendingLogin> claimByQrToken(String qrToken) {
        return cache.take("qr:" + qrToken, String.class).flatMap(this::find);
    }
}
