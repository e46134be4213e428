package org.trajectorystudio.persistence.library;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.trajectorystudio.persistence.store.Database;

/** Library-level settings (a key/value table inside the library, so they travel with it). Thread-safe. */
public final class Settings {
    public static final String ANNOTATOR = "annotator";

    private final Database database;

    Settings(Database database) {
        this.database = database;
    }

    public Optional<String> get(String name) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void set(String name, String value) {
        database.inTransaction(connection -> {
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO setting KEY(name) VALUES (?, ?)")) {
                merge.setString(1, name);
                merge.setString(2, value);
                merge.executeUpdate();
            }
            return null;
        });
    }

    /** The name curation events are written under: the {@code annotator} setting, else the OS user. */
    public String annotator() {
        return get(ANNOTATOR).orElseGet(() -> System.getProperty("user.name", "unknown"));
    }

    public void setAnnotator(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the annotator name is empty");
        }
        set(ANNOTATOR, name.strip());
    }
}
