package org.vigil.client.gateway.gatt;

/** Battery Level (0x2A19): uint8, percent of full charge, 0–100 (101–255 prohibited). */
public final class BatteryLevelParser {

    public int parse(byte[] value) throws GattParseException {
        LittleEndianReader reader = new LittleEndianReader(value, "Battery Level (0x2A19)");
        int percent = reader.uint8("battery level");
        if (percent > 100) {
            throw reader.error("battery level " + percent + " is above 100 %");
        }
        return percent;
    }
}
