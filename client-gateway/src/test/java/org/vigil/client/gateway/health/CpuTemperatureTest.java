package org.vigil.client.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuTemperatureTest {

    @TempDir
    Path thermal;

    @Test
    void readsTheZoneThatNamesTheCpuInDegreesCelsius() throws IOException {
        zone(0, "acpitz", "27800");
        zone(1, "cpu-thermal", "48312");

        assertThat(new CpuTemperature(thermal).celsius()).hasValue(48.312);
    }

    @Test
    void fallsBackToTheFirstReadableZoneWhenNoneNamesTheCpu() throws IOException {
        zone(0, "battery", "sensor off");
        zone(1, "acpitz", "31000");

        assertThat(new CpuTemperature(thermal).celsius()).hasValue(31.0);
    }

    @Test
    void aCpuZoneThatCannotBeReadGivesWayToAnother() throws IOException {
        zone(0, "x86_pkg_temp", "");
        zone(1, "acpitz", "30500");

        assertThat(new CpuTemperature(thermal).celsius()).hasValue(30.5);
    }

    @Test
    void noThermalZonesIsNoValue() throws IOException {
        assertThat(new CpuTemperature(thermal).celsius()).isEmpty();
        assertThat(new CpuTemperature(thermal.resolve("missing")).celsius()).isEmpty();
        Files.createDirectories(thermal.resolve("thermal_zone0"));
        assertThat(new CpuTemperature(thermal).celsius()).as("a zone without files").isEmpty();
    }

    private void zone(int n, String type, String temp) throws IOException {
        Path zone = Files.createDirectories(thermal.resolve("thermal_zone" + n));
        Files.writeString(zone.resolve("type"), type + "\n");
        Files.writeString(zone.resolve("temp"), temp + "\n");
    }
}
