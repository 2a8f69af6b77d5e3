package org.vigil.client.gateway;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The gateway's command line. */
record GatewayOptions(URI server, Path outbox, Set<String> devices, Optional<String> adapter, Optional<String> token, long capacity) {

    static final String USAGE = """
            usage: vigil-gateway --server URL --devices ADDRESS[,ADDRESS...] [--outbox DIR] [--adapter hciN]
                                 [--token TOKEN] [--capacity N]
              --server URL      the Vigil server
              --devices LIST    Bluetooth addresses of the patient's devices (watch, cuff, thermometer)
              --outbox DIR      where measurements wait for upload (/var/lib/vigil-gateway)
              --adapter hciN    Bluetooth adapter (BlueZ's default)
              --token TOKEN     a fixed bearer token (VIGIL_GATEWAY_TOKEN), for demos; an enrolled gateway
                                (vigil-gateway-enroll) uses its own key and needs none
              --capacity N      outbox capacity in measurements (2000000, about 430 MB)""";

    static GatewayOptions parse(String[] args) {
        URI server = null;
        Path outbox = Path.of("/var/lib/vigil-gateway");
        Set<String> devices = Set.of();
        String adapter = null;
        String token = System.getenv("VIGIL_GATEWAY_TOKEN");
        long capacity = 2_000_000;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length || option.equals("--help")) {
                throw new IllegalArgumentException(USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--server" -> server = URI.create(value);
                case "--outbox" -> outbox = Path.of(value);
                case "--devices" -> devices = Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank())
                        .collect(Collectors.toUnmodifiableSet());
                case "--adapter" -> adapter = value;
                case "--token" -> token = value;
                case "--capacity" -> capacity = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (server == null || devices.isEmpty()) {
            throw new IllegalArgumentException("--server and --devices are required\n" + USAGE);
        }
        return new GatewayOptions(server, outbox, devices, Optional.ofNullable(adapter),
                Optional.ofNullable(token).filter(t -> !t.isBlank()), capacity);
    }
}
