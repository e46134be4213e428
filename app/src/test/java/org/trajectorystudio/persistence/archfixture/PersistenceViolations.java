package org.trajectorystudio.persistence.archfixture;

/** Test fixtures for {@code LayeringRulesTest}: persistence classes, one allowed, one that breaks the layering. */
public final class PersistenceViolations {
    private PersistenceViolations() {}

    /** Allowed: persistence is where SQL lives. */
    static final class UsesJdbcAndFlyway {
        java.sql.Connection connection;
        org.flywaydb.core.Flyway flyway;
    }

    static final class UsesInference {
        org.trajectorystudio.inference.archfixture.InferenceViolations inference;
    }
}
