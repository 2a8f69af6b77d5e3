package org.vigil.admin.push;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.vigil.admin.audit.ConsoleAudit;
import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.push.application.DeadLetterView;
import org.vigil.push.application.DeadLetters;

/** The push server's dead letters: put one back on the queue, or drop it (as the admin API does). */
@ApplicationScoped
public class DeadLetterFacade {

    @EJB
    DeadLetters deadLetters;

    @Inject
    ConsoleUser user;

    @Inject
    ConsoleAudit audit;

    public List<DeadLetterView> list() {
        user.require(ConsoleRole.ADMIN);
        return deadLetters.list();
    }

    /** @return false when no dead letter has this id (any more) */
    @Transactional
    public boolean retry(String id) {
        user.require(ConsoleRole.ADMIN);
        boolean found = deadLetters.retry(id);
        if (found) {
            audit.record("push.dead-letter.retry", "jms:" + id, null);
        }
        return found;
    }

    @Transactional
    public boolean drop(String id) {
        user.require(ConsoleRole.ADMIN);
        boolean found = deadLetters.drop(id);
        if (found) {
            audit.record("push.dead-letter.drop", "jms:" + id, null);
        }
        return found;
    }
}
