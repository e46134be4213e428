package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills sample_tool (V2) from the tools_used lists of the samples a library held before it existed. */
public class V3__fill_sample_tool extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT seq, tools_used FROM sample WHERE tools_used <> ''");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sample_tool(tool, sample_seq) VALUES (?, ?)")) {
            int batched = 0;
            while (rs.next()) {
                String list = rs.getString(2);
                for (String tool : list.substring(1, list.length() - 1).split(",")) {
                    if (!tool.isEmpty()) {
                        insert.setString(1, tool);
                        insert.setLong(2, rs.getLong(1));
                        insert.addBatch();
                        batched++;
                    }
                }
                if (batched >= 10_000) {
                    insert.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
    }
}
