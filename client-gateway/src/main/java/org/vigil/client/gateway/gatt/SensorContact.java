package org.vigil.client.gateway.gatt;

/** Sensor Contact Status bits (1–2) of the Heart Rate Measurement flags. */
public enum SensorContact {
    /** Bits 00 or 01: the sensor cannot tell whether it touches the skin. */
    NOT_SUPPORTED,
    /** Bits 10: the sensor can tell, and it does not touch the skin. */
    NOT_DETECTED,
    /** Bits 11: the sensor touches the skin. */
    DETECTED
}
