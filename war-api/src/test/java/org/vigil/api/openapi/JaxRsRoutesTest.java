package org.vigil.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.vigil.api.fhir.ObservationFhirResource;
import org.vigil.api.info.InfoResource;

class JaxRsRoutesTest {

    private final JaxRsRoutes routes = JaxRsRoutes.ofThisWar();

    @Test
    void everyResourceMethodOfTheFourApplicationsHasItsOwnOperationId() {
        assertThat(routes.byOperationId("ObservationFhirResource_search")).hasValueSatisfying(r -> {
            assertThat(r.applicationPath()).isEqualTo("/fhir");
            assertThat(r.needsBearerToken()).isTrue();
        });
        assertThat(routes.byOperationId("InfoResource_info")).hasValueSatisfying(r -> assertThat(r.applicationPath()).isEqualTo("/api"));
        assertThat(routes.byOperationId("ApiDocsResource_page")).hasValueSatisfying(r -> assertThat(r.needsBearerToken()).isFalse());
        assertThat(routes.all()).extracting(ResourceMethod::applicationPath).contains("/api", "/fhir", "/oidc", "/pki");
    }

    @Test
    void pathsJoinTheirApplicationsPath() {
        assertThat(VigilOpenApiFilter.join("/fhir", "/metadata")).isEqualTo("/fhir/metadata");
        assertThat(VigilOpenApiFilter.join("/pki", "/")).isEqualTo("/pki");
        assertThat(VigilOpenApiFilter.join("/api", "/v1/patients/{patientId}/")).isEqualTo("/api/v1/patients/{patientId}");
    }

    @Test
    void everyServedResourceIsInAGroupOfTheReference() {
        assertThat(routes.all()).allSatisfy(route -> assertThat(ApiTag.of(route.resource())).isNotNull());
        assertThat(ApiTag.of(ObservationFhirResource.class)).isEqualTo(ApiTag.FHIR);
        assertThat(ApiTag.of(InfoResource.class)).isEqualTo(ApiTag.INFO);
    }

    @Test
    void aResourceOutsideEveryGroupIsRefusedByName() {
        assertThatThrownBy(() -> ApiTag.of(String.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.lang.String");
    }
}
