package org.vigil.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vigil.it.support.ItSettings;

/**
 * The EAR never ships a second copy of a library the server offers to deployments: a public
 * module's jar in lib/ would shadow or clash with the server's. Libraries WildFly keeps private
 * ({@code jboss.api=private}, e.g. BouncyCastle and Nimbus) are not offered, so the EAR may ship
 * its own.
 */
@Tag("once")
class EarPackagingIT {

    /** {@code name-1.2.3.Final.jar} and {@code name.jar} (the EAR drops versions) both name {@code name}. */
    private static final Pattern JAR = Pattern.compile("(.+?)(-\\d[\\w.\\-]*)?\\.jar");

    @Test
    void noLibraryInTheEarDuplicatesAPublicServerModule() throws IOException {
        ItSettings settings = ItSettings.fromSystemProperties();
        Map<String, Path> serverJars = publicModuleJars(settings.jbossHome().resolve("modules"));

        List<String> shipped = earEntries(settings.ear());
        List<String> duplicates = shipped.stream()
                .filter(e -> e.endsWith(".jar"))
                .map(e -> e.substring(e.lastIndexOf('/') + 1))
                .filter(name -> serverJars.containsKey(artifactOf(name)))
                .map(name -> name + " (server has " + serverJars.get(artifactOf(name)) + ")")
                .toList();

        assertThat(shipped).as("the EAR holds the application's modules")
                .contains("vigil-war-api.war", "vigil-war-admin.war", "vigil-war-app.war", "vigil-ejb-stats.jar", "lib/vigil-platform.jar");
        assertThat(duplicates).isEmpty();
    }

    /**
     * The one library a WAR may carry, each used by that WAR alone: Faces finds a component library's
     * faces-config, tag library and resources only in the WAR's own WEB-INF/lib. ("" for none.)
     */
    private static final Map<String, String> WEB_COMPONENT_LIBRARIES = Map.of(
            "vigil-war-api.war", "",
            "vigil-war-admin.war", "primefaces",
            "vigil-war-app.war", "");

    @Test
    void warsAreSkinnyTheirLibrariesLiveOnceInTheEar() throws IOException {
        ItSettings settings = ItSettings.fromSystemProperties();
        try (JarFile ear = new JarFile(settings.ear().toFile())) {
            for (Map.Entry<String, String> war : WEB_COMPONENT_LIBRARIES.entrySet()) {
                Path extracted = Files.createTempFile("war", ".war");
                try (var in = ear.getInputStream(ear.getEntry(war.getKey()))) {
                    Files.copy(in, extracted, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                assertThat(earEntries(extracted)).as(war.getKey())
                        .filteredOn(e -> e.startsWith("WEB-INF/lib/") && e.endsWith(".jar"))
                        .allMatch(e -> artifactOf(e.substring("WEB-INF/lib/".length())).equals(war.getValue()));
                Files.delete(extracted);
            }
        }
    }

    private static List<String> earEntries(Path archive) throws IOException {
        try (JarFile jar = new JarFile(archive.toFile())) {
            return Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
        }
    }

    private static Map<String, Path> publicModuleJars(Path modules) throws IOException {
        try (Stream<Path> files = Files.walk(modules)) {
            return files.filter(p -> p.getFileName().toString().equals("module.xml"))
                    .filter(EarPackagingIT::isPublic)
                    .flatMap(EarPackagingIT::jarsBeside)
                    .collect(Collectors.toMap(p -> artifactOf(p.getFileName().toString()), p -> p, (a, b) -> a));
        }
    }

    private static boolean isPublic(Path moduleXml) {
        try {
            String xml = Files.readString(moduleXml);
            return !xml.contains("name=\"jboss.api\" value=\"private\"") && !xml.contains("name=\"jboss.api\" value=\"unsupported\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Stream<Path> jarsBeside(Path moduleXml) {
        try {
            return Files.list(moduleXml.getParent()).filter(p -> p.toString().endsWith(".jar")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String artifactOf(String jarName) {
        Matcher m = JAR.matcher(jarName);
        return m.matches() ? m.group(1) : jarName;
    }

}
