package org.trajectorystudio.model.archfixture;

/**
 * Test fixtures: model classes that break the layering, one way each. They live in the app's test classes, which the
 * layering rules do not import; only {@code LayeringRulesTest} checks them, to show that the rules catch them.
 */
public final class ModelViolations {
    private ModelViolations() {}

    static final class UsesJavaFx {
        javafx.beans.property.StringProperty title;
    }

    static final class UsesJdbc {
        java.sql.Connection connection;
    }

    static final class UsesJavaxSql {
        javax.sql.DataSource dataSource;
    }

    static final class UsesH2 {
        Object driver = new org.h2.Driver();
    }

    static final class UsesHttpClient {
        java.net.http.HttpClient client;
    }

    static final class UsesHttpServer {
        com.sun.net.httpserver.HttpServer server;
    }

    static final class UsesPicocli {
        picocli.CommandLine commandLine;
    }

    static final class UsesPersistence {
        org.trajectorystudio.persistence.archfixture.PersistenceViolations persistence;
    }

    static final class Pure {
        java.util.List<String> names;
    }
}
