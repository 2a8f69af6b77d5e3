package org.vigil.client.gateway.gatt;

import java.util.HexFormat;

/** Byte vectors written as the specifications print them: octets in transmission order. */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String octets) {
        return HexFormat.of().parseHex(octets.replace(" ", ""));
    }
}
