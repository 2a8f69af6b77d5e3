package org.vigil.identity.oidc;

import java.time.Instant;

import com.nimbusds.oauth2.sdk.dpop.verifiers.DPoPProofUse;
import com.nimbusds.oauth2.sdk.util.singleuse.AlreadyUsedException;
import com.nimbusds.oauth2.sdk.util.singleuse.SingleUseChecker;

import org.vigil.identity.application.ReplayGuard;

/**
 * Each DPoP proof's {@code jti} is accepted once per client (RFC 9449 §11.1), through the replay guard that client
 * assertions and signed CIBA requests already use, kept for as long as the verifier would accept the proof at all.
 */
final class DpopProofUses implements SingleUseChecker<DPoPProofUse> {

    private final ReplayGuard guard;
    private final long clockSkewSeconds;

    DpopProofUses(ReplayGuard guard, long clockSkewSeconds) {
        this.guard = guard;
        this.clockSkewSeconds = clockSkewSeconds;
    }

    @Override
    public void markAsUsed(DPoPProofUse use) throws AlreadyUsedException {
        Instant until = Instant.now().plusSeconds(use.getMaxAge() + clockSkewSeconds);
        if (!guard.firstUse("dpop-proof:" + use.getIssuer().getValue(), use.getJWTID().getValue(), until)) {
            throw new AlreadyUsedException("Detected jti replay");
        }
    }
}
