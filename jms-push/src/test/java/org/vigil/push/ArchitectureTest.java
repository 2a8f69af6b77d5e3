package org.vigil.push;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The push server as ../shared/ARCHITECTURE.md draws it: self-contained, calling only identity's business interfaces
 * (who may receive what), never the WARs, the other contexts, or identity's storage.
 */
@AnalyzeClasses(packages = "org.vigil.push", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnIdentity = noClasses().that().resideInAPackage("org.vigil.push..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.api..", "org.vigil.admin..", "org.vigil.care..",
                    "org.vigil.documents..", "org.vigil.stats..", "org.vigil.client..")
            .because("modules depend one way: war-* and jms-push -> ejb-* -> platform");

    @ArchTest
    static final ArchRule reachesIdentityOnlyThroughItsInterfaces = noClasses().that().resideInAPackage("org.vigil.push..")
            .should().dependOnClassesThat().resideInAPackage("org.vigil.identity.infrastructure..");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("org.vigil.push.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.push.application..", "org.vigil.push.websocket..",
                    "org.vigil.push.webpush..", "org.vigil.push.mobile..", "org.vigil.push.delivery..");
}
