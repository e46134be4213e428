package org.trajectorystudio.inference.archfixture;

/** Test fixtures for {@code LayeringRulesTest}: inference classes that break the layering, one way each. */
public final class InferenceViolations {
    private InferenceViolations() {}

    static final class UsesPersistence {
        org.trajectorystudio.persistence.archfixture.PersistenceViolations persistence;
    }

    static final class UsesH2 {
        org.h2.jdbc.JdbcConnection connection;
    }

    static final class UsesApp {
        org.trajectorystudio.app.archfixture.AppFixture app;
    }
}
