package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Processes started before organisations (ADR 17) have no tenant, so the task list, which filters by organisation,
 * would lose them: they all belonged to the one issuer there was, which V22 made the first organisation. Every
 * Camunda row of a process instance without a tenant gets it. Java, because the tables are Camunda's: absent from a
 * database Camunda has not started on yet, where there is nothing to do, and found by their columns.
 */
public class V23__process_tenants extends BaseJavaMigration {

    private static final String TENANT = "TENANT_ID_";
    private static final List<String> INSTANCE_COLUMNS = List.of("PROC_INST_ID_", "PROCESS_INSTANCE_ID_");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> issuers = issuers(connection);
        if (issuers.size() != 1) {
            return;
        }
        for (String[] table : instanceTables(connection)) {
            try (PreparedStatement update = connection.prepareStatement("update " + table[0] + " set " + table[1]
                    + " = ? where " + table[1] + " is null and " + table[2] + " is not null")) {
                update.setString(1, issuers.get(0));
                update.executeUpdate();
            }
        }
    }

    private static List<String> issuers(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from issuer")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Camunda's tables with a tenant and a process instance column: each as its name and those two columns. */
    private static List<String[]> instanceTables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String[]> tables = new ArrayList<>();
        try (ResultSet found = meta.getTables(null, null, "%", new String[] { "TABLE" })) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
                    columns(meta, found.getString("TABLE_SCHEM"), name).ifPresent(tables::add);
                }
            }
        }
        return tables;
    }

    private static Optional<String[]> columns(DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        String tenant = null;
        String instance = null;
        try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME");
                if (name.equalsIgnoreCase(TENANT)) {
                    tenant = name;
                } else if (INSTANCE_COLUMNS.stream().anyMatch(name::equalsIgnoreCase)) {
                    instance = name;
                }
            }
        }
        return tenant == null || instance == null ? Optional.empty()
                : Optional.of(new String[] { table, tenant, instance });
    }
}
