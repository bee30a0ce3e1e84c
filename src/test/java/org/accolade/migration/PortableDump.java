package org.accolade.migration;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every row of every table of a database, as JSON that loads into H2 or PostgreSQL alike: an H2 script does not
 * load into PostgreSQL, and the two store binaries, UUIDs and times differently. Each column carries a portable type,
 * so that loading converts by what the value was, not by what the target calls it. The export that wrote the
 * fixture is in commit 6478993 with its writer. The target's tables must exist (Flyway to the dump's version,
 * Camunda's schema): loading empties them and inserts the dump's rows with the foreign keys unchecked, since they
 * are the rows of a consistent database and go in table by table.
 */
public final class PortableDump {

    /** One table: lower-case names, a portable type per column, and rows of JSON values. */
    public record Table(String name, List<String> columns, List<String> types, List<List<Object>> rows) {
    }

    /** The tables and what the program that made them wants a test to find there. */
    public record Dump(Map<String, Object> manifest, List<Table> tables) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BYTES = "bytes";

    private PortableDump() {
    }

    public static Dump read(InputStream in) throws IOException {
        try (var unzipped = new GZIPInputStream(in)) {
            return JSON.readValue(unzipped, Dump.class);
        }
    }

    /** Replaces the rows of every table the dump holds with the dump's. */
    public static void load(Dump dump, DataSource target) throws SQLException {
        try (Connection connection = target.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            Map<String, String> tables = tableNames(connection);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(postgres ? "set session_replication_role = replica"
                        : "set referential_integrity false");
                for (Table table : dump.tables()) {
                    String name = tables.get(table.name());
                    if (name == null) {
                        throw new SQLException("The target has no table " + table.name());
                    }
                    statement.execute("delete from " + quote(name));
                    insert(connection, name, columnNames(connection, name), table);
                }
                statement.execute(postgres ? "set session_replication_role = origin"
                        : "set referential_integrity true");
            }
            connection.commit();
        }
    }

    private static Map<String, String> tableNames(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? "public"
                : "PUBLIC";
        Map<String, String> names = new TreeMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                names.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return names;
    }

    private static Map<String, String> columnNames(Connection connection, String table) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, "%")) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME");
                names.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return names;
    }

    private static void insert(Connection connection, String table, Map<String, String> targetColumns, Table rows)
            throws SQLException {
        if (rows.rows().isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String column : rows.columns()) {
            String name = targetColumns.get(column);
            if (name == null) {
                throw new SQLException("The target's " + table + " has no column " + column);
            }
            names.add(quote(name));
        }
        String sql = "insert into " + quote(table) + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (List<Object> row : rows.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    bind(insert, i + 1, rows.types().get(i), row.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, int index, String type, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, switch (type) {
                case BYTES -> Types.BINARY;
                case "uuid" -> Types.OTHER;
                default -> Types.NULL;
            });
            return;
        }
        String text = value.toString();
        switch (type) {
            case BYTES -> insert.setBytes(index, Base64.getDecoder().decode(text));
            case "uuid" -> insert.setObject(index, UUID.fromString(text));
            case "timestamp" -> insert.setTimestamp(index, Timestamp.valueOf(LocalDateTime.parse(text)));
            case "timestamptz" -> insert.setObject(index, OffsetDateTime.parse(text));
            case "boolean" -> insert.setBoolean(index, (Boolean) value);
            case "integer" -> insert.setLong(index, ((Number) value).longValue());
            case "decimal" -> insert.setBigDecimal(index, new BigDecimal(text));
            default -> insert.setString(index, text);
        }
    }

    private static String quote(String name) {
        return '"' + name + '"';
    }
}
