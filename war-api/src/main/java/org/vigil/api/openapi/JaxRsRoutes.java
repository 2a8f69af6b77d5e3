package org.vigil.api.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

import org.vigil.api.VigilApplication;
import org.vigil.api.fhir.FhirApplication;
import org.vigil.api.oidc.OidcApplication;
import org.vigil.api.pki.PkiApplication;

/**
 * The resource methods this WAR's JAX-RS applications serve, each with its application's path:
 * what the applications' own {@code getClasses()} list, so the document can be no wider than
 * what answers.
 */
final class JaxRsRoutes {

    private final Map<String, ResourceMethod> byOperationId = new HashMap<>();

    JaxRsRoutes(List<Application> applications) {
        for (Application application : applications) {
            String path = "/" + application.getClass().getAnnotation(ApplicationPath.class).value().replaceAll("^/+|/+$", "");
            for (Class<?> type : application.getClasses()) {
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    if (isResourceMethod(method)) {
                        ResourceMethod route = new ResourceMethod(type, method, path);
                        ResourceMethod earlier = byOperationId.putIfAbsent(route.operationId(), route);
                        if (earlier != null && !earlier.method().equals(method)) {
                            throw new IllegalStateException("Two resource methods would share the operationId " + route.operationId()
                                    + "; give one another name.");
                        }
                    }
                }
            }
        }
    }

    static JaxRsRoutes ofThisWar() {
        return new JaxRsRoutes(List.of(new VigilApplication(), new FhirApplication(), new OidcApplication(), new PkiApplication()));
    }

    Optional<ResourceMethod> byOperationId(String operationId) {
        return Optional.ofNullable(byOperationId.get(operationId));
    }

    List<ResourceMethod> all() {
        return new ArrayList<>(byOperationId.values());
    }

    static boolean isResourceMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }
}
