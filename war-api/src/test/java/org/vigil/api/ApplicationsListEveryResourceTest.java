package org.vigil.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.vigil.api.fhir.FhirApplication;
import org.vigil.api.oidc.OidcApplication;
import org.vigil.api.pki.PkiApplication;

/**
 * The JAX-RS applications name their resources and providers by hand (one place says what each
 * exposes), so a resource someone forgets to list answers 404 with nothing in the log. Every
 * class with {@code @Path} or {@code @Provider} must be in one of them.
 */
class ApplicationsListEveryResourceTest {

    @Test
    void everyResourceAndProviderIsListedByAnApplication() {
        Set<String> listed = new HashSet<>();
        for (Application application : List.of(new VigilApplication(), new OidcApplication(), new FhirApplication(), new PkiApplication())) {
            application.getClasses().forEach(c -> listed.add(c.getName()));
        }
        List<String> annotated = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.vigil.api").stream()
                .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class))
                .map(JavaClass::getName)
                .toList();

        assertThat(annotated).isNotEmpty();
        assertThat(listed).as("listed by VigilApplication, OidcApplication, FhirApplication or PkiApplication")
                .containsAll(annotated);
    }
}
