package org.trajectorystudio.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layering rules pass today partly because some modules have no classes yet. This shows they are not vacuous: run
 * on fixture classes that break the layering (in the app's test classes, under each module's package), each rule
 * reports exactly the classes that break it.
 */
class LayeringRulesTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "org.trajectorystudio.model.archfixture",
            "org.trajectorystudio.persistence.archfixture",
            "org.trajectorystudio.inference.archfixture",
            "org.trajectorystudio.app.archfixture");

    @Test
    void modelMayNotUseJavaFxJdbcHttpOrPicocli() {
        assertThat(violators(LayeringTest.MODEL_IS_PURE)).containsExactlyInAnyOrder(
                "ModelViolations$UsesJavaFx", "ModelViolations$UsesJdbc", "ModelViolations$UsesJavaxSql",
                "ModelViolations$UsesH2", "ModelViolations$UsesHttpClient", "ModelViolations$UsesHttpServer",
                "ModelViolations$UsesPicocli");
    }

    @Test
    void onlyPersistenceMayUseSqlH2OrFlyway() {
        assertThat(violators(LayeringTest.ONLY_PERSISTENCE_SPEAKS_SQL)).containsExactlyInAnyOrder(
                "ModelViolations$UsesJdbc", "ModelViolations$UsesJavaxSql", "ModelViolations$UsesH2",
                "InferenceViolations$UsesH2");
    }

    @Test
    void onlyTheAppMayUseTheApp() {
        assertThat(violators(LayeringTest.NOTHING_DEPENDS_ON_THE_APP)).containsExactly("InferenceViolations$UsesApp");
    }

    @Test
    void persistenceAndInferenceStayApart() {
        assertThat(violators(LayeringTest.PERSISTENCE_DOES_NOT_USE_INFERENCE))
                .containsExactly("PersistenceViolations$UsesInference");
        assertThat(violators(LayeringTest.INFERENCE_DOES_NOT_USE_PERSISTENCE))
                .containsExactly("InferenceViolations$UsesPersistence");
    }

    @Test
    void modelMayNotUseAnotherModule() {
        assertThat(violators(LayeringTest.MODEL_DEPENDS_ON_NO_OTHER_MODULE)).containsExactly("ModelViolations$UsesPersistence");
    }

    @Test
    void fixturesWereImported() {
        assertThat(FIXTURES.contain("org.trajectorystudio.app.archfixture.AppFixture")).isTrue();
        assertThat(FIXTURES.contain("org.trajectorystudio.persistence.archfixture.PersistenceViolations$UsesJdbcAndFlyway")).isTrue();
    }

    /** The classes (name without package) whose dependencies break the rule. */
    private static Set<String> violators(ArchRule rule) {
        Set<String> origins = new TreeSet<>();
        rule.evaluate(FIXTURES).handleViolations((Collection<Dependency> dependencies, String message) ->
                dependencies.forEach(dependency -> origins.add(dependency.getOriginClass().getName()
                        .substring(dependency.getOriginClass().getPackageName().length() + 1))));
        return origins;
    }
}
