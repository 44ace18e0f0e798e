package com.example.backupingest.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The portal reaches the ingest monitor only through its published API ({@code monitor.api}) and the
 * embedded role's assembly ({@code monitor.app}: {@code IngestPipeline}); any other monitor package fails
 * this test.
 */
@AnalyzeClasses(packages = "com.example.backupingest.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class MonitorApiBoundaryTest {

    private static final String MONITOR = "com.example.backupingest.monitor";

    @ArchTest
    static final ArchRule the_portal_uses_only_the_monitors_published_api_and_the_pipeline_facade = noClasses()
            .that().resideInAPackage("com.example.backupingest.portal..")
            .should().dependOnClassesThat(resideInAPackage(MONITOR + "..").and(not(resideInAnyPackage(
                    MONITOR + ".api..",
                    MONITOR + ".app.."))));
}
