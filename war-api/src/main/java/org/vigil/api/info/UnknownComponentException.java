package org.vigil.api.info;

import org.vigil.platform.limits.Excerpt;

/** A compatibility check named a client program that does not exist. */
public class UnknownComponentException extends RuntimeException {

    public UnknownComponentException(String component) {
        super("unknown component " + Excerpt.of(component) + "; known: " + String.join(", ", new java.util.TreeSet<>(ClientCompatibility.components())));
    }
}
