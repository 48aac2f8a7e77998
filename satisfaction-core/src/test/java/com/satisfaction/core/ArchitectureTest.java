package com.satisfaction.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is pure Java: an allow-list, so any new framework dependency fails here (failOnEmptyShould stays on). */
@AnalyzeClasses(packages = "com.satisfaction.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_and_itself = classes()
            .that().resideInAPackage("com.satisfaction.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.satisfaction.core..");

    @ArchTest
    static final ArchRule the_feature_packages_exist_and_stay_pure = classes()
            .that().resideInAnyPackage("..core.scoring..", "..core.expectation..", "..core.segmentation..",
                    "..core.survey..", "..core.period..", "..core.campaign..", "..core.action..", "..core.record..",
                    "..core.delivery..", "..core.export..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.satisfaction.core..");

    @ArchTest
    static final ArchRule survey_and_period_are_leaves = classes()
            .that().resideInAnyPackage("..core.survey..", "..core.period..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..core.survey..", "..core.period..");
}
