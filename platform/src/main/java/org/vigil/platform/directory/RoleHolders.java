package org.vigil.platform.directory;

import java.util.List;

import jakarta.ejb.Local;

/**
 * Who holds a role, for a module that must reach them without knowing identity (the stats
 * server pushes operations alerts to every admin). Identity implements it; like
 * {@link org.vigil.platform.push.PushQueue}, the whole contract between the two lives here.
 */
@Local
public interface RoleHolders {

    /** The account subjects (push recipients) of the active accounts holding the role claim, e.g. {@code admin}. */
    List<String> accountsHolding(String role);
}
