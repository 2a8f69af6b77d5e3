package org.vigil.api.info;

/** A compatibility check named a client program that does not exist. */
public class UnknownComponentException extends RuntimeException {

    public UnknownComponentException(String component) {
        super("unknown component '" + component + "'; known: " + String.join(", ", new java.util.TreeSet<>(ClientCompatibility.components())));
    }
}
