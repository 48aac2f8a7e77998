package com.satisfaction.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The web module stays a set of features: no cycle between feature packages, and every package named here exists
 * and holds classes (failOnEmptyShould stays on, so a rule over a package that is gone fails instead of passing).
 */
@AnalyzeClasses(packages = "com.satisfaction.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    static final String[] FEATURES = {"..web.answering..", "..web.audit..", "..web.calendar..", "..web.campaign..",
            "..web.complaint..", "..web.customer..", "..web.home..", "..web.mail..", "..web.period..",
            "..web.policy..", "..web.statistics..", "..web.survey..", "..web.system..", "..web.user..",
            "..web.action..", "..web.record..", "..web.csv..", "..web.delivery..", "..web.export..", "..web.report..",
            "..web.dashboard..", "..web.demo.."};

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles = slices()
            .matching("com.satisfaction.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static void every_named_feature_package_holds_classes(JavaClasses imported) {
        for (String feature : FEATURES) {
            classes().that().resideInAPackage(feature).should().resideInAPackage(feature)
                    .allowEmptyShould(false).as("package " + feature + " holds classes").check(imported);
        }
    }

    @ArchTest
    static final ArchRule mail_knows_nothing_of_campaigns = classes()
            .that().resideInAPackage("..web.mail..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("..web.campaign..", "..web.answering..");

    @ArchTest
    static final ArchRule the_customer_side_knows_nothing_of_campaigns = classes()
            .that().resideInAPackage("..web.answering..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("..web.campaign..");
}
