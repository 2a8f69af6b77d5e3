package org.vigil.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.vigil.platform.signers.SignerDirectory;

/**
 * A WAR is an interface (resources, endpoints, mappers, views) over the EJB modules, as ../shared/ARCHITECTURE.md draws
 * it: it calls their business interfaces, never their storage, and no WAR knows the other.
 */
@AnalyzeClasses(packages = "org.vigil.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNoOtherWar = noClasses().that().resideInAPackage("org.vigil.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.admin..", "org.vigil.client..");

    @ArchTest
    static final ArchRule reachesNoStorageOfTheContexts = noClasses().that().resideInAPackage("org.vigil.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.identity.infrastructure..", "org.vigil.care.infrastructure..",
                    "org.vigil.documents.infrastructure..", "org.vigil.stats.infrastructure..", "org.infinispan..")
            .because("the contexts' business interfaces are the WAR's way in");

    @ArchTest
    static final ArchRule holdsNoPersistenceContext = noClasses().that().resideInAPackage("org.vigil.api..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("state changes happen in the EJBs, which own their transactions and audit");

    @ArchTest
    static final ArchRule decidesNoAdminAuthorization = noClasses().that().resideInAPackage("org.vigil.api..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.vigil.platform.access..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Caller"))))
            .because("the EJB that owns an admin operation decides who may call it (AdminAuthorization); the WAR only hands"
                    + " it the Caller it authenticated");

    @ArchTest
    static final ArchRule leavesTheCertificatesOfARevokedAuthenticatorToIdentity = noClasses().that().resideInAPackage("org.vigil.api..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("revokeForAuthenticator")))
            .because("identity revokes an authenticator's signing certificates with it, in its own transaction");

    @ArchTest
    static final ArchRule leavesTheSignerDirectoryToIdentity = noClasses().that().resideInAPackage("org.vigil.api..")
            .should().implement(SignerDirectory.class)
            .because("identity implements documents' view of it (the platform's SignerDirectory) and documents injects it;"
                    + " the WAR no longer joins the two");
}
