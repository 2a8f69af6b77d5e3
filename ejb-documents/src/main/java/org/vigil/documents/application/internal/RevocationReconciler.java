package org.vigil.documents.application.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vigil.documents.application.SigningCertificateService;

/**
 * The safety net behind identity's revocation of an authenticator, which revokes its signing certificates in the same
 * transaction ({@code DefaultAuthenticatorService.revoke}): soon after start and then periodically,
 * every signing certificate whose authenticator identity no longer lets sign is revoked. It
 * catches what no single transaction can: authenticators revoked before the revocation was
 * transactional, by another path into identity, or from a restored backup. Identity answers through the platform's
 * {@code SignerDirectory}, which it implements, so the reconciler lives with the certificates it revokes.
 */
@Startup
@Singleton
public class RevocationReconciler {

    static final String ACTOR = "system:revocation-reconciler";
    // Well after deployment, whatever the period: the EAR's other modules may still be migrating
    // their schemas when this bean starts, and a pass must not compete with them for the database.
    private static final long FIRST_PASS_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(RevocationReconciler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @EJB
    SigningCertificateService signingCertificates;

    @Inject
    @ConfigProperty(name = "vigil.documents.revocation-reconcile-seconds", defaultValue = "3600")
    long periodSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::reconcile, FIRST_PASS_SECONDS, periodSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    private void reconcile() {
        try {
            int revoked = signingCertificates.reconcile(ACTOR);
            if (revoked > 0) {
                LOG.warning(() -> revoked + " signing certificate(s) of revoked authenticators were still valid and are now revoked");
            }
        } catch (RuntimeException e) {
            // the next pass tries again; a failed one only delays
            LOG.log(Level.WARNING, "revocation reconciliation failed", e);
        }
    }
}
