package org.vigil.api.openapi;

import java.lang.reflect.Method;

import org.vigil.api.identity.DeviceAuthenticated;
import org.vigil.api.security.Authenticated;

/** One JAX-RS resource method as served: its class, its application's path, and how a caller proves who it is. */
record ResourceMethod(Class<?> resource, Method method, String applicationPath) {

    boolean needsBearerToken() {
        return resource.isAnnotationPresent(Authenticated.class) || method.isAnnotationPresent(Authenticated.class);
    }

    boolean needsDeviceSignature() {
        return resource.isAnnotationPresent(DeviceAuthenticated.class) || method.isAnnotationPresent(DeviceAuthenticated.class);
    }

    /** The operationId SmallRye gives this method under the {@code CLASS_METHOD} strategy. */
    String operationId() {
        return resource.getSimpleName() + "_" + method.getName();
    }
}
