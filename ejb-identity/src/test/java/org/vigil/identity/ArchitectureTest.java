package org.vigil.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.ejb.Stateless;

import org.vigil.platform.signers.SignerDirectory;

/**
 * The identity context's shape as ../shared/ARCHITECTURE.md draws it: it depends on no other module of ours but the platform
 * jar (the WARs and the push server call it, never the reverse), and inside it the domain knows neither the application
 * layer nor the infrastructure, and only the wiring beans ({@code application.internal}) name the infrastructure; the
 * protocol cores and business interfaces reach storage and caches through interfaces; only the infrastructure holds an
 * {@code EntityManager}. The contracts it keeps with other modules live in the platform jar: it implements
 * {@link SignerDirectory}, the document server's view of it, as one of its wiring beans.
 */
@AnalyzeClasses(packages = "org.vigil.identity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherModuleOfOurs = noClasses().that().resideInAPackage("org.vigil.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.api..", "org.vigil.admin..", "org.vigil.push..", "org.vigil.care..", "org.vigil.documents..", "org.vigil.stats..", "org.vigil.client..")
            .because("modules depend one way: war-* and jms-push -> ejb-* -> platform");

    @ArchTest
    static final ArchRule implementsTheSignerDirectoryAsAWiringBean = classes().that().implement(SignerDirectory.class)
            .should().resideInAPackage("org.vigil.identity.application.internal..").andShould().beAnnotatedWith(Stateless.class)
            .because("documents injects the platform's SignerDirectory with @EJB and it must join documents' transaction;"
                    + " identity is the one module that knows who a signer is");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("org.vigil.identity.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.identity.application..", "org.vigil.identity.infrastructure..");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsTheInfrastructure = noClasses()
            .that().resideOutsideOfPackages("org.vigil.identity.infrastructure..", "org.vigil.identity.application..internal..")
            .should().dependOnClassesThat().resideInAPackage("org.vigil.identity.infrastructure..")
            .because("the infrastructure implements interfaces of the inner layers; only the beans of application.internal,"
                    + " which wire cores to transactions and storage, may name it");

    @ArchTest
    static final ArchRule onlyTheInfrastructureQueriesTheDatabase = noClasses()
            .that().resideOutsideOfPackage("org.vigil.identity.infrastructure..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.PersistenceContext")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
            .because("entities live in domain and are stored and queried through its *Repository interfaces, which"
                    + " infrastructure.persistence implements: services and protocol cores stay testable without JPA");
}
