package org.vigil.client.gateway.gatt;

/**
 * Reads GATT fields (always little-endian) from a characteristic value, failing with a
 * {@link GattParseException} naming the field when the value is too short.
 */
final class LittleEndianReader {

    private final byte[] bytes;
    private final String characteristic;
    private int position;

    LittleEndianReader(byte[] bytes, String characteristic) throws GattParseException {
        if (bytes == null) {
            throw new GattParseException(characteristic + ": no value");
        }
        this.bytes = bytes;
        this.characteristic = characteristic;
    }

    int uint8(String field) throws GattParseException {
        require(1, field);
        return bytes[position++] & 0xFF;
    }

    int uint16(String field) throws GattParseException {
        require(2, field);
        int value = (bytes[position] & 0xFF) | (bytes[position + 1] & 0xFF) << 8;
        position += 2;
        return value;
    }

    int sint16(String field) throws GattParseException {
        return (short) uint16(field);
    }

    long uint32(String field) throws GattParseException {
        return int32(field) & 0xFFFF_FFFFL;
    }

    int int32(String field) throws GattParseException {
        require(4, field);
        int value = (bytes[position] & 0xFF)
                | (bytes[position + 1] & 0xFF) << 8
                | (bytes[position + 2] & 0xFF) << 16
                | (bytes[position + 3] & 0xFF) << 24;
        position += 4;
        return value;
    }

    int remaining() {
        return bytes.length - position;
    }

    GattParseException error(String message) {
        return new GattParseException(characteristic + ": " + message);
    }

    private void require(int length, String field) throws GattParseException {
        if (remaining() < length) {
            throw error("value too short for " + field + " (needs " + length + " more byte(s) at offset "
                    + position + ", value has " + bytes.length + ")");
        }
    }
}
