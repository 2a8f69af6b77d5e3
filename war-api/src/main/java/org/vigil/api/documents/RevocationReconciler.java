package org.vigil.api.documents;

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
 * The safety net behind {@link AuthenticatorRevocation}: soon after start and then periodically,
 * every signing certificate whose authenticator identity no longer lets sign is revoked. It
 * catches what no single transaction can: authenticators revoked before the revocation was
 * transactional, by another path into identity, or from a restored backup.
 */
@Startup
@Singleton
public class RevocationReconciler {

    static final String ACTOR = "system:revocation-reconciler";
    private static final Logger LOG = Logger.getLogger(RevocationReconciler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @EJB
    SigningCertificateService signingCertificates;

    @Inject
    IdentitySignerDirectory directory;

    @Inject
    @ConfigProperty(name = "vigil.documents.revocation-reconcile-seconds", defaultValue = "3600")
    long periodSeconds;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        // not during deployment: the first pass waits a little, then runs on the period
        task = scheduler.scheduleWithFixedDelay(this::reconcile, Math.min(periodSeconds, 30), periodSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }

    private void reconcile() {
        try {
            int revoked = signingCertificates.reconcile(directory, ACTOR);
            if (revoked > 0) {
                LOG.warning(() -> revoked + " signing certificate(s) of revoked authenticators were still valid and are now revoked");
            }
        } catch (RuntimeException e) {
            // the next pass tries again; a failed one only delays
            LOG.log(Level.WARNING, "revocation reconciliation failed", e);
        }
    }
}
