package org.trajectorystudio.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.persistence.curation.Curation;

/**
 * The window writes the curation log one way: through {@code CurationActions}, in turn with every other write and in
 * the undo history. The command line (one process per command), the curation package itself and the judge (a
 * background annotator of its own) are the only other writers.
 */
class OneCurationWritePathTest {
    private static final Set<String> WRITES = Set.of("rate", "verdict", "addLabel", "removeLabel", "note", "clearRating",
            "clearVerdict", "prefer", "preferStep", "revise");

    static final ArchRule ONLY_CURATION_ACTIONS_WRITE = noClasses()
            .that().resideInAPackage("org.trajectorystudio.app..")
            .and().resideOutsideOfPackages("org.trajectorystudio.app.cli..", "org.trajectorystudio.app.curation..",
                    "org.trajectorystudio.app.judge..")
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a curation log write",
                    call -> call.getTargetOwner().isAssignableTo(Curation.class) && WRITES.contains(call.getName())));

    @Test
    void theWindowWritesTheCurationLogOnlyThroughCurationActions() {
        JavaClasses studio = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trajectorystudio.app");
        ONLY_CURATION_ACTIONS_WRITE.check(studio);
    }

    @Test
    void theRuleCatchesAWriteAroundTheActions() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.trajectorystudio.app.archfixture");
        assertThat(ONLY_CURATION_ACTIONS_WRITE.evaluate(fixture).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("WritesCurationDirectly").contains("note"));
    }
}
