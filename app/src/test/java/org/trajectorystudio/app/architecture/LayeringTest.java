package org.trajectorystudio.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module layering of DESIGN.md section 2, checked on the compiled main classes of every module: model is pure,
 * only persistence speaks SQL, nothing depends on the app, persistence and inference stay apart.
 *
 * <p>Modules without classes yet pass ({@code allowEmptyShould}); {@link LayeringRulesTest} shows each rule catches
 * what it should.
 */
@AnalyzeClasses(packages = "org.trajectorystudio", importOptions = ImportOption.DoNotIncludeTests.class)
public class LayeringTest {
    static final String MODEL = "org.trajectorystudio.model..";
    static final String PERSISTENCE = "org.trajectorystudio.persistence..";
    static final String INFERENCE = "org.trajectorystudio.inference..";
    static final String APP = "org.trajectorystudio.app..";

    @ArchTest
    public static final ArchRule MODEL_IS_PURE = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..",
                    "java.sql..", "javax.sql..", "org.h2..",
                    "java.net.http..", "com.sun.net.httpserver..",
                    "picocli..")
            .because("the model is pure domain: no UI, no database, no network, no command line")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ONLY_PERSISTENCE_SPEAKS_SQL = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("nothing but persistence speaks SQL")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NOTHING_DEPENDS_ON_THE_APP = noClasses()
            .that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("the app is the top layer: it wires the others, none of them knows it")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule PERSISTENCE_DOES_NOT_USE_INFERENCE = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(INFERENCE)
            .because("persistence and inference are siblings that only the app combines")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule INFERENCE_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that().resideInAPackage(INFERENCE)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .because("persistence and inference are siblings that only the app combines")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule MODEL_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, INFERENCE, APP)
            .because("every module depends on the model, so the model depends on none of them")
            .allowEmptyShould(true);
}
