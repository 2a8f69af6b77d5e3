package org.vigil.care;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The care context's shape as ../shared/ARCHITECTURE.md draws it: it depends on no other module of ours but the platform
 * jar (the WARs and the push server call it, never the reverse), and inside it the domain knows neither the application
 * layer nor the infrastructure, and only the wiring beans ({@code application.internal}) name the infrastructure; the
 * protocol cores and business interfaces reach storage and caches through interfaces.
 */
@AnalyzeClasses(packages = "org.vigil.care", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherModuleOfOurs = noClasses().that().resideInAPackage("org.vigil.care..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.api..", "org.vigil.admin..", "org.vigil.push..", "org.vigil.identity..", "org.vigil.documents..", "org.vigil.stats..", "org.vigil.client..")
            .because("modules depend one way: war-* and jms-push -> ejb-* -> platform; care writes identity's audit trail"
                    + " through the platform's AuditRecorder, never its AuditTrail");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("org.vigil.care.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.care.application..", "org.vigil.care.infrastructure..");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsTheInfrastructure = noClasses()
            .that().resideOutsideOfPackages("org.vigil.care.infrastructure..", "org.vigil.care.application..internal..")
            .should().dependOnClassesThat().resideInAPackage("org.vigil.care.infrastructure..")
            .because("the infrastructure implements interfaces of the inner layers; only the beans of application.internal,"
                    + " which wire cores to transactions and storage, may name it");
}
