package com.example.backupingest.monitor;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The monitor's package structure: its packages form no cycle, and the published API
 * ({@code monitor.api}) is a leaf that depends on no other monitor package.
 */
@AnalyzeClasses(packages = "com.example.backupingest.monitor", importOptions = ImportOption.DoNotIncludeTests.class)
class MonitorArchitectureTest {

    @ArchTest
    static final ArchRule monitor_packages_are_free_of_cycles = slices()
            .matching("com.example.backupingest.monitor.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_published_api_depends_on_no_internal_monitor_package = noClasses()
            .that().resideInAPackage("com.example.backupingest.monitor.api..")
            .should().dependOnClassesThat(resideInAPackage("com.example.backupingest.monitor..")
                    .and(not(resideInAPackage("com.example.backupingest.monitor.api.."))));
}
