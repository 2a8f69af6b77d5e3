package org.vigil.api.pki;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Vigil's trust services for any relying party, without authentication: CA certificates, CRLs,
 * OCSP and the timestamp authority, at the URLs every certificate Vigil issues names.
 */
@ApplicationPath("/pki")
public class PkiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PkiResource.class);
    }
}
