package org.vigil.client.gateway;

import java.net.URI;
import java.nio.file.Path;

import org.vigil.client.sdk.VigilApiException;

/**
 * The one command that enrolls a gateway: {@code vigil-gateway-enroll --server URL --code CODE
 * [--dir /var/lib/vigil-gateway]}, with the code an admin issued for this patient's home. The key
 * store password comes from {@code VIGIL_GATEWAY_KEY_PASSWORD}.
 */
public final class GatewayEnrollMain {

    static final String USAGE = "usage: vigil-gateway-enroll --server URL --code CODE [--dir DIR]   (VIGIL_GATEWAY_KEY_PASSWORD set)";

    private GatewayEnrollMain() {
    }

    public static void main(String[] args) throws Exception {
        URI server = null;
        String code = null;
        Path dir = Path.of("/var/lib/vigil-gateway");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--server" -> server = URI.create(args[i + 1]);
                case "--code" -> code = args[i + 1];
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> fail("unknown option " + args[i]);
            }
        }
        String password = System.getenv("VIGIL_GATEWAY_KEY_PASSWORD");
        if (server == null || code == null || args.length % 2 != 0 || password == null || password.isEmpty()) {
            fail(USAGE);
        }
        try {
            var enrolled = GatewayIdentity.enroll(server, code, dir, password.toCharArray());
            System.out.println("Enrolled as " + enrolled.clientId() + " (" + enrolled.role() + ") at " + enrolled.issuer());
        } catch (VigilApiException e) {
            fail("enrollment refused: " + e.problem().detail());
        } catch (java.io.IOException e) {
            fail("cannot reach " + server + ": " + e.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
