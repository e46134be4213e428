package org.trajectorystudio.persistence.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A new library's schema in one script: what Flyway's migrations make, schema history included, as H2's {@code SCRIPT}
 * wrote it from a library Flyway had just migrated. Running it takes a few milliseconds where starting Flyway and
 * applying every migration took about 0.35 s of each new library's first command (a cold import, the installer's
 * {@code stats}, a first start). {@code NewLibrarySchemaTest} checks that it makes exactly what Flyway makes and
 * rewrites it when a migration is added ({@code -Dstudio.writeSchemaSnapshot=true}); a library it made is migrated
 * further by Flyway like any other.
 */
final class NewLibrarySchema {
    static final String RESOURCE = "db/new-library.sql";

    private NewLibrarySchema() {}

    /** Runs the script when the database has no table yet; returns whether it did. */
    static boolean createIfEmpty(Connection connection) throws SQLException {
        if (NewLibrarySchema.class.getClassLoader().getResource(RESOURCE) == null) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                if (!tables.next() || tables.getInt(1) > 0) {
                    return false;
                }
            }
            // No transaction around it: H2 commits at each CREATE, so one could not take a half-run script back.
            statement.execute("RUNSCRIPT FROM 'classpath:/" + RESOURCE + "'");
            return true;
        }
    }
}
