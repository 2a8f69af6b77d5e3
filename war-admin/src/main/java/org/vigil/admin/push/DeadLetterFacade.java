package org.vigil.admin.push;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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


    public List<DeadLetterView> list() {
        user.require(ConsoleRole.ADMIN);
        return deadLetters.list(user.caller());
    }

    /** @return false when no dead letter has this id (any more) */
    /** The push module checks the caller and audits, as for the admin API. */
    public boolean retry(String id) {
        user.require(ConsoleRole.ADMIN);
        return deadLetters.retry(user.caller(), id);
    }

    public boolean drop(String id) {
        user.require(ConsoleRole.ADMIN);
        return deadLetters.drop(user.caller(), id);
    }
}
