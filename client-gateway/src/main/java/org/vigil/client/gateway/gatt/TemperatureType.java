package org.vigil.client.gateway.gatt;

import java.util.Optional;

/** Temperature Type (0x2A1D): where on the body the thermometer measured. */
public enum TemperatureType {
    ARMPIT, BODY, EAR_LOBE, FINGER, GASTROINTESTINAL_TRACT, MOUTH, RECTUM, TOE, TYMPANUM;

    /** Codes 1–9; 0 and 10–255 are reserved and mean "not said". */
    static Optional<TemperatureType> ofCode(int code) {
        return code >= 1 && code <= values().length ? Optional.of(values()[code - 1]) : Optional.empty();
    }
}
