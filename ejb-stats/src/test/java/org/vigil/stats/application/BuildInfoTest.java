package org.vigil.stats.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void theBuildWritesItsVersionAndTime() {
        BuildInfo build = BuildInfo.load();

        assertThat(build.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(build.buildTime()).isBetween(Instant.now().minus(Duration.ofDays(1)), Instant.now());
    }
}
