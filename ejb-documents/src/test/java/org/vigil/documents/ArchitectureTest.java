package org.vigil.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.vigil.platform.signers.SignerDirectory;

/**
 * The documents context's shape as ../shared/ARCHITECTURE.md draws it: it depends on no other module of ours but the platform
 * jar (the WARs and the push server call it, never the reverse), and inside it the domain knows neither the application
 * layer nor the infrastructure, and only the wiring beans ({@code application.internal}) name the infrastructure; the
 * protocol cores and business interfaces reach storage and caches through interfaces. What documents needs of identity
 * it asks through the platform's {@link SignerDirectory}, which identity implements and documents only injects.
 */
@AnalyzeClasses(packages = "org.vigil.documents", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherModuleOfOurs = noClasses().that().resideInAPackage("org.vigil.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.api..", "org.vigil.admin..", "org.vigil.push..", "org.vigil.identity..", "org.vigil.care..", "org.vigil.stats..", "org.vigil.client..")
            .because("modules depend one way: war-* and jms-push -> ejb-* -> platform");

    @ArchTest
    static final ArchRule leavesTheSignerDirectoryToIdentity = noClasses().that().resideInAPackage("org.vigil.documents..")
            .should().implement(SignerDirectory.class)
            .because("identity answers who a signer is (platform's SignerDirectory); documents injects it with @EJB");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("org.vigil.documents.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.documents.application..", "org.vigil.documents.infrastructure..");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsTheInfrastructure = noClasses()
            .that().resideOutsideOfPackages("org.vigil.documents.infrastructure..", "org.vigil.documents.application..internal..")
            .should().dependOnClassesThat().resideInAPackage("org.vigil.documents.infrastructure..")
            .because("the infrastructure implements interfaces of the inner layers; only the beans of application.internal,"
                    + " which wire cores to transactions and storage, may name it");
}
