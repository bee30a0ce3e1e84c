package org.accolade.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database of the last main before organisations (ADR 17), written by the program of commit 6478993
 * ({@code git show 6478993:src/test/java/org/accolade/migration/PreOrganisationsFixtureWriter.java}): loaded into an
 * empty database as that main had left it, Flyway's migrations up to V21 and Camunda's tables included, so that the
 * application started on it migrates it as an upgrade would.
 */
final class PreOrganisationsFixture {

    /** The last migration of the main that made the dump. */
    private static final String DUMPED_VERSION = "21";
    private static final String RESOURCE = "/migration/pre-organisations.json.gz";

    private static PortableDump.Dump dump;

    private PreOrganisationsFixture() {
    }

    /** Makes the empty database at {@code url} what the old main left: its schema, then the dump's rows. */
    static void loadInto(String url, String user, String password) {
        DataSource target = new DriverManagerDataSource(url, user, password);
        Flyway.configure().dataSource(target).locations("classpath:db/migration").target(DUMPED_VERSION).load()
                .migrate();
        createCamundaSchema(target);
        try {
            PortableDump.load(dump(), target);
        } catch (SQLException e) {
            throw new IllegalStateException("The fixture did not load", e);
        }
    }

    /** The issued badges: each with its assertion id, its holder's address and whether it was revoked. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> badges() {
        return (List<Map<String, Object>>) dump().manifest().get("badges");
    }

    /** A string the writer noted: {@code awaitingJury}, {@code awaitingNominee} (nomination ids), {@code partner}. */
    static String noted(String name) {
        return (String) dump().manifest().get(name);
    }

    private static void createCamundaSchema(DataSource target) {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setDataSource(target).setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
                .buildProcessEngine();
        engine.close();
    }

    private static synchronized PortableDump.Dump dump() {
        if (dump == null) {
            try (InputStream in = PreOrganisationsFixture.class.getResourceAsStream(RESOURCE)) {
                dump = PortableDump.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dump;
    }
}
