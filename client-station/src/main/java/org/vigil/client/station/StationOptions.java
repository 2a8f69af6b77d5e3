package org.vigil.client.station;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the station was started: {@code vigil-station [--server URL] [--dir DIR] [--idle-lock 5m] [--muted]
 * [--login HINT]}. The key store password comes from {@code VIGIL_STATION_KEY_PASSWORD}. {@code --server}
 * is only needed before enrollment (it is remembered); {@code --login} fills the sign-in field.
 */
public record StationOptions(Optional<URI> server, Path dir, char[] keyPassword, Duration idleLock, boolean muted, Optional<String> login,
                             Duration staleAfter) {

    static final String USAGE = "usage: vigil-station [--server URL] [--dir DIR] [--idle-lock DURATION, e.g. 5m] [--muted] [--login EMAIL]"
            + "   (VIGIL_STATION_KEY_PASSWORD set)";

    public static StationOptions parse(String[] args, String password) {
        URI server = null;
        Path dir = Path.of(System.getProperty("user.home"), ".vigil-station");
        Duration idle = Duration.ofMinutes(5);
        boolean muted = false;
        String login = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--muted" -> muted = true;
                case "--server", "--dir", "--idle-lock", "--login" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value\n" + USAGE);
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--server" -> server = URI.create(v.replaceAll("/+$", ""));
                        case "--dir" -> dir = Path.of(v);
                        case "--idle-lock" -> idle = duration(v);
                        default -> login = v;
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("VIGIL_STATION_KEY_PASSWORD is not set: it protects the station's key\n" + USAGE);
        }
        return new StationOptions(Optional.ofNullable(server), dir, password.toCharArray(), idle, muted, Optional.ofNullable(login),
                Duration.ofSeconds(60));
    }

    /** {@code 90s}, {@code 5m}, {@code 1h}, or ISO-8601 ({@code PT5M}). */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t);
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new IllegalArgumentException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration: " + text + " (write 90s, 5m or 1h)");
        }
    }
}
