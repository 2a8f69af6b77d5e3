package org.vigil.client.gateway.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * The CPU's temperature from Linux's thermal zones ({@code /sys/class/thermal/thermal_zone*}),
 * where the board exposes one: a Raspberry Pi's {@code cpu-thermal}, a PC's {@code x86_pkg_temp}.
 * A zone that names the CPU or SoC is preferred; otherwise the first readable zone. Nothing
 * readable (a container, a board without sensors) is no value, never an error.
 */
public final class CpuTemperature {

    private static final List<String> CPU_ZONE_TYPES = List.of("cpu", "x86_pkg_temp", "soc");

    private final Path thermal;

    public CpuTemperature() {
        this(Path.of("/sys/class/thermal"));
    }

    /** @param thermal the directory holding {@code thermal_zone*} (for tests) */
    public CpuTemperature(Path thermal) {
        this.thermal = thermal;
    }

    /** Degrees Celsius, or empty when no zone can be read. */
    public OptionalDouble celsius() {
        List<Path> zones;
        try (Stream<Path> list = Files.list(thermal)) {
            zones = list.filter(p -> p.getFileName().toString().startsWith("thermal_zone")).sorted().toList();
        } catch (IOException | SecurityException e) {
            return OptionalDouble.empty();
        }
        for (Path zone : zones) {
            if (namesTheCpu(zone)) {
                OptionalDouble t = read(zone);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return zones.stream().map(CpuTemperature::read).filter(OptionalDouble::isPresent).findFirst()
                .orElse(OptionalDouble.empty());
    }

    private static boolean namesTheCpu(Path zone) {
        try {
            String type = Files.readString(zone.resolve("type")).strip().toLowerCase(Locale.ROOT);
            return CPU_ZONE_TYPES.stream().anyMatch(type::contains);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The kernel reports millidegrees Celsius. */
    private static OptionalDouble read(Path zone) {
        try {
            return OptionalDouble.of(Long.parseLong(Files.readString(zone.resolve("temp")).strip()) / 1000.0);
        } catch (IOException | SecurityException | NumberFormatException e) {
            // a zone whose sensor is off reads as an I/O error (ENODATA) on some boards
            return OptionalDouble.empty();
        }
    }
}
