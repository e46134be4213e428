package org.trajectorystudio.app.archfixture;

/** Test fixture for {@code LayeringRulesTest}: an app class, which may use every other module. */
public final class AppFixture {
    org.trajectorystudio.model.archfixture.ModelViolations model;
    org.trajectorystudio.persistence.archfixture.PersistenceViolations persistence;
    org.trajectorystudio.inference.archfixture.InferenceViolations inference;
}
