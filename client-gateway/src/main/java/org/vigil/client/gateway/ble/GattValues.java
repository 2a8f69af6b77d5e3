package org.vigil.client.gateway.ble;

import java.util.List;

/** A characteristic value as dbus-java hands it over: {@code byte[]}, or a list of bytes from a signal. */
final class GattValues {

    private GattValues() {
    }

    static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof Byte[] boxed) {
            return unbox(List.of(boxed));
        }
        if (value instanceof List<?> list) {
            return unbox(list);
        }
        throw new IllegalArgumentException("not a byte array: " + (value == null ? null : value.getClass()));
    }

    private static byte[] unbox(List<?> list) {
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = ((Number) list.get(i)).byteValue();
        }
        return bytes;
    }
}
