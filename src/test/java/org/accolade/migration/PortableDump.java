package org.accolade.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every row of every table of a database, as JSON that loads into H2 or PostgreSQL alike: an H2 script does not load
 * into PostgreSQL, and the two store binaries, UUIDs and times differently. Each column carries a portable type, so
 * that loading converts by what the value was, not by what the target calls it. The target's tables must exist
 * (Flyway to the dump's version, Camunda's schema): loading empties them and inserts the dump's rows, with the
 * foreign keys checked only once all are in.
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

    public static void write(DataSource source, Map<String, Object> manifest, OutputStream out) throws IOException {
        try (Connection connection = source.getConnection(); var zipped = new GZIPOutputStream(out)) {
            List<Table> tables = new ArrayList<>();
            for (Map.Entry<String, String> table : tableNames(connection).entrySet()) {
                tables.add(read(connection, table.getKey(), table.getValue()));
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(zipped, new Dump(manifest, tables));
        } catch (SQLException e) {
            throw new IOException("Could not read the database", e);
        }
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

    private static Table read(Connection connection, String table, String actualName) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from " + quote(actualName))) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                types.add(portableType(meta.getColumnType(i), meta.getColumnTypeName(i)));
            }
            List<List<Object>> values = new ArrayList<>();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(value(rows, i, types.get(i - 1)));
                }
                values.add(row);
            }
            return new Table(table, columns, types, values);
        }
    }

    private static String portableType(int jdbcType, String typeName) {
        if (typeName.equalsIgnoreCase("uuid")) {
            return "uuid";
        }
        return switch (jdbcType) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
            case Types.TIMESTAMP -> "timestamp";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "timestamptz";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> "integer";
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> "decimal";
            default -> "text";
        };
    }

    private static Object value(ResultSet rows, int column, String type) throws SQLException {
        Object value = switch (type) {
            case BYTES -> {
                byte[] bytes = rows.getBytes(column);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case "timestamp" -> {
                Timestamp time = rows.getTimestamp(column);
                yield time == null ? null : time.toLocalDateTime().toString();
            }
            case "timestamptz" -> {
                OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
                yield time == null ? null : time.toString();
            }
            case "boolean" -> rows.getBoolean(column);
            case "integer" -> rows.getLong(column);
            case "decimal" -> rows.getBigDecimal(column);
            default -> rows.getString(column);
        };
        return rows.wasNull() ? null : value;
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
