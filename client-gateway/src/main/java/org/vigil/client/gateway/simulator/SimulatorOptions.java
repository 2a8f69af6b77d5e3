package org.vigil.client.gateway.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.vigil.client.gateway.health.HealthMonitor;

/** The simulator's command line. */
record SimulatorOptions(int patients, double rate, Optional<URI> server, Path outbox, Optional<String> token, long capacity,
                        Optional<Duration> duration, long seed, Duration healthEvery) {

    static final String USAGE = """
            usage: simulator [--patients N] [--rate R] [--server URL] [--outbox DIR] [--token TOKEN]
                             [--capacity N] [--duration SECONDS] [--seed N] [--health-every SECONDS]
              --patients N     simulated patients, each with a watch, a cuff and a thermometer (1)
              --rate R         simulated seconds per second: 1 is real time, 60 a minute a second (1)
              --server URL     upload to this Vigil server; without it, measurements stay in the outbox
              --outbox DIR     the outbox directory (./gateway-outbox)
              --token TOKEN    a fixed bearer token (VIGIL_GATEWAY_TOKEN); without it the simulator uploads as the
                               gateway enrolled into the outbox directory (vigil-gateway-enroll --dir DIR, with
                               VIGIL_GATEWAY_KEY_PASSWORD set), with its own private_key_jwt tokens
              --capacity N     outbox capacity in measurements (2000000)
              --duration S     stop after S seconds (run until Ctrl-C)
              --seed N         random seed, for a repeatable run (time of start)
              --health-every S how often the gateway logs its health and reports it to the server's stats (300)""";

    static SimulatorOptions parse(String[] args) {
        int patients = 1;
        double rate = 1;
        URI server = null;
        Path outbox = Path.of("gateway-outbox");
        String token = System.getenv("VIGIL_GATEWAY_TOKEN");
        long capacity = 2_000_000;
        Duration duration = null;
        long seed = System.currentTimeMillis();
        Duration healthEvery = HealthMonitor.PERIOD;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--patients" -> patients = positive(option, Integer.parseInt(value));
                    case "--rate" -> rate = positive(option, Double.parseDouble(value));
                    case "--server" -> server = URI.create(value);
                    case "--outbox" -> outbox = Path.of(value);
                    case "--token" -> token = value;
                    case "--capacity" -> capacity = positive(option, Long.parseLong(value));
                    case "--duration" -> duration = Duration.ofSeconds(positive(option, Long.parseLong(value)));
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--health-every" -> healthEvery = Duration.ofSeconds(positive(option, Long.parseLong(value)));
                    default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, got " + value);
            }
        }
        return new SimulatorOptions(patients, rate, Optional.ofNullable(server), outbox,
                Optional.ofNullable(token).filter(t -> !t.isBlank()), capacity,
                Optional.ofNullable(duration), seed, healthEvery);
    }

    private static <N extends Number> N positive(String option, N value) {
        if (value.doubleValue() <= 0) {
            throw new IllegalArgumentException(option + " must be positive, got " + value);
        }
        return value;
    }
}
