package org.trajectorystudio.persistence.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a library's schema already has every migration this build carries, so that opening it can skip Flyway:
 * starting Flyway (its scanner, parser and validation) was most of the time a CLI command such as {@code stats}
 * took. The migrations are listed from the class path as Flyway finds them ({@code db/migration/V<version>__…},
 * SQL and Java), so a migration added by anyone is seen without a list to keep up.
 */
final class Migrations {
    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.(sql|class)");

    private Migrations() {}

    /** True when every bundled migration is recorded as applied successfully in the schema history. */
    static boolean allApplied(Connection connection) {
        Set<String> bundled = bundled();
        if (bundled.isEmpty()) {
            return false; // nothing found on this class path: let Flyway decide
        }
        Set<String> applied = new HashSet<>();
        // Ask the catalogue first: a failed SELECT on a new library (no history table yet) is written to H2's trace file.
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            if (!exists.next() || exists.getInt(1) == 0) {
                return false; // a new library: Flyway creates the schema
            }
        } catch (SQLException e) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                applied.add(normalize(rs.getString(1)));
            }
        } catch (SQLException e) {
            return false; // a new library (no history yet) or an old layout: Flyway migrates it
        }
        return applied.containsAll(bundled);
    }

    /** The bundled migrations' versions, listed once: the class path stays as it is while the studio runs. */
    static Set<String> bundled() {
        return Bundled.VERSIONS;
    }

    private static final class Bundled {
        static final Set<String> VERSIONS = list();
    }

    private static Set<String> list() {
        Set<String> versions = new HashSet<>();
        try {
            for (URL url : Collections.list(Migrations.class.getClassLoader().getResources(LOCATION))) {
                switch (url.getProtocol()) {
                    case "jar" -> {
                        JarURLConnection connection = (JarURLConnection) url.openConnection();
                        connection.setUseCaches(false);
                        try (JarFile jar = connection.getJarFile()) {
                            jar.stream().map(entry -> entry.getName())
                                    .filter(name -> name.startsWith(LOCATION + "/"))
                                    .forEach(name -> add(name.substring(LOCATION.length() + 1), versions));
                        }
                    }
                    case "file" -> {
                        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                            files.forEach(file -> add(file.getFileName().toString(), versions));
                        }
                    }
                    default -> {
                        return Set.of(); // unknown packaging: let Flyway look
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of(); // cannot list them here: let Flyway look
        }
        return Set.copyOf(versions);
    }

    private static void add(String name, Set<String> versions) {
        Matcher matcher = VERSIONED.matcher(name);
        if (matcher.matches()) {
            versions.add(normalize(matcher.group(1)));
        }
    }

    /** Flyway's version text: "1.2" and "1_2" are the same version, as are "20" and "20.0". */
    private static String normalize(String version) {
        String dotted = version.replace('_', '.');
        while (dotted.endsWith(".0")) {
            dotted = dotted.substring(0, dotted.length() - 2);
        }
        return dotted;
    }
}
