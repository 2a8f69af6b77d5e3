package org.vigil.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Everything under {@code /api} is JAX-RS; versions are path segments ({@code /api/v1/...}). */
@ApplicationPath("/api")
public class VigilApplication extends Application {
}
