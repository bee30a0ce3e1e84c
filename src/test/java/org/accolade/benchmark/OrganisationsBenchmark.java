package org.accolade.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.accolade.EmbeddedPostgresDatabase;
import org.accolade.People;
import org.accolade.Recognitions;
import org.accolade.catalog.Audience;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.catalog.NewOrganisation;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.ReviewRules;
import org.accolade.community.JuryId;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationService;
import org.accolade.shared.OrganisationId;
import org.accolade.tasks.TaskFilter;
import org.accolade.tasks.TaskFilter.Scope;
import org.accolade.tasks.TaskListService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queries a network leans on most, the task list and the catalogue, on the demo network and then on a network
 * of 50 organisations and 100,000 nominations (10,000 of them waiting for a jury), on PostgreSQL, in the same run.
 * Not a test: run it with {@code ./mvnw -Pbenchmark test -Dtest=OrganisationsBenchmark} (docs/benchmarks.md).
 * <p>
 * The organisations, juries and badge classes are made through the services; the nominations are copies of real
 * ones, rows and process instances alike, made in SQL, since 100,000 lifecycles through the services would take
 * hours: a nomination under review is copied with every row of its Camunda instance, each id replaced by a fresh one
 * and its organisation, jurors, nominee and badge class by those of the copy.
 */
@Tag("benchmark")
@ActiveProfiles({ "postgres", "demo" })
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class OrganisationsBenchmark {

    private static final int ORGANISATIONS = 50;
    private static final int NOMINATIONS = Integer.getInteger("benchmark.nominations", 100_000);
    private static final int OPEN_SHARE = 10;
    private static final int BADGES_PER_ORGANISATION = 5;
    private static final int NOMINEES = 2_000;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 300);
    /** Camunda's tables an instance under review has rows in, and the column naming the instance in each. */
    private static final List<Map.Entry<String, String>> INSTANCE_TABLES = List.of(
            Map.entry("act_ru_execution", "proc_inst_id_"), Map.entry("act_ru_task", "proc_inst_id_"),
            Map.entry("act_ru_variable", "proc_inst_id_"), Map.entry("act_ru_job", "process_instance_id_"),
            Map.entry("act_ru_event_subscr", "proc_inst_id_"));

    @Autowired
    private IssuerService organisations;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private JuryService juries;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry, EmbeddedPostgresDatabase.freshDatabase("organisations_bench"));
    }

    @Test
    void theTaskListAndTheCatalogueKeepTheirSpeedOnABigNetwork() throws IOException {
        People people = new People(members, users);
        Recognitions recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
        List<NominationDetails> underReview = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            underReview.add(recognitions.underReview("alice", recognitions.nominee(), "citoyen"));
        }
        Map<String, Double> small = measure(people);

        long seeding = System.nanoTime();
        Network network = network(people);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // an instance's rows refer to each other in any order: copies of consistent rows, inserted unchecked
            jdbc.execute("set local session_replication_role = replica");
            copyNominations(underReview.get(0), network);
        });
        jdbc.execute("analyze");
        double seeded = (System.nanoTime() - seeding) / 1e9;
        Map<String, Double> big = measure(people);

        assertThat(jdbc.queryForObject("select count(*) from nomination", Long.class)).isGreaterThan(NOMINATIONS);
        assertThat(jdbc.queryForObject("select count(*) from issuer", Long.class)).isEqualTo(ORGANISATIONS);
        assertThat(people.as("claire", () -> taskList.count(TaskFilter.of(Scope.MINE)))).isEqualTo(5);
        report(small, big, seeded);
    }

    /** Milliseconds per call, the median of {@link #RUNS} after as many of warm-up, for each query. */
    private Map<String, Double> measure(People people) {
        OrganisationId college = people.college();
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        queries.put("a juror's task list (first page and count)", () -> people.as("claire", () -> List.of(
                taskList.find(TaskFilter.of(Scope.MINE), 0, 25), taskList.count(TaskFilter.of(Scope.MINE)))));
        TaskFilter inCollege = new TaskFilter(Scope.MINE, null, null, null, college);
        queries.put("a juror's task list in one organisation", () -> people.as("claire", () -> List.of(
                taskList.find(inCollege, 0, 25), taskList.count(inCollege))));
        queries.put("the catalogue of one organisation", () -> badgeClasses.published("college"));
        queries.put("the whole network's catalogue", badgeClasses::published);
        Map<String, Double> times = new LinkedHashMap<>();
        queries.forEach((name, query) -> times.put(name, median(query)));
        return times;
    }

    private static double median(Supplier<Object> query) {
        for (int i = 0; i < RUNS; i++) {
            query.get();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** The organisations besides the demo's two, each with three jurors and five published badge classes. */
    private record Network(List<Organisation> organisations, List<UUID> nominees) {
    }

    private record Organisation(OrganisationId id, List<Member> jurors, List<BadgeClass> badges) {
    }

    private Network network(People people) {
        List<Organisation> created = new ArrayList<>();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 2; i < ORGANISATIONS; i++) {
            String key = "org-" + i + "-" + suffix;
            NewOrganisation profile = new NewOrganisation(key, "Organisation " + i, "https://" + key + ".example.org",
                    "contact@" + key + ".example.org", null, Locale.FRENCH);
            Issuer organisation = people.as("admin", () -> organisations.create(profile));
            created.add(organisation(people, organisation));
        }
        return new Network(created, nominees(people));
    }

    private Organisation organisation(People people, Issuer organisation) {
        Member admin = people.freshIn("Admin", Membership.admin(organisation.id()));
        List<Member> jurors = List.of(juror(people, organisation), juror(people, organisation),
                juror(people, organisation));
        JuryId jury = people.as(admin.email(), () -> juries.create(organisation.id(), "Jury",
                jurors.stream().map(Member::id).toList()));
        List<BadgeClass> badges = new ArrayList<>();
        for (int b = 0; b < BADGES_PER_ORGANISATION; b++) {
            String key = organisation.key() + "-badge-" + b;
            NewBadgeClass badge = new NewBadgeClass(organisation.id(), key, "Badge " + b + " of "
                    + organisation.name(), "What it recognises.", "What it takes.", List.of(),
                    new ReviewRules(ReviewPolicy.VOTES, jury, 3, 3), Deadlines.STANDARD, Period.ofYears(3), Set.of(),
                    Set.of(), 0, List.of(), null, Audience.NETWORK);
            badges.add(people.as(admin.email(), () -> badgeClasses.publish(badgeClasses.create(badge).id())));
        }
        return new Organisation(organisation.id(), jurors, badges);
    }

    private static Member juror(People people, Issuer organisation) {
        return people.freshIn("Juror", Membership.member(organisation.id()));
    }

    /** Members to nominate, copies of one member row: opening 2,000 accounts would hash 2,000 passwords. */
    private List<UUID> nominees(People people) {
        Map<String, Object> template = jdbc.queryForMap("select * from member where id = ?",
                people.fresh("Template").id().value());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < NOMINEES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            Map<String, Object> row = new HashMap<>(template);
            row.put("id", id);
            row.put("username", null);
            row.put("email", "nominee-" + id + "@example.org");
            rows.add(row);
        }
        insert("member", rows);
        return ids;
    }

    /**
     * {@link #NOMINATIONS} copies of a nomination under review spread over the new organisations and their badges:
     * one in {@link #OPEN_SHARE} still waits for its jury, with a copy of the whole process instance; the others
     * were decided long ago and are rows only.
     */
    private void copyNominations(NominationDetails template, Network network) {
        Map<String, Object> nomination = jdbc.queryForMap("select * from nomination where id = ?", template.id());
        String instance = jdbc.queryForObject("select id_ from act_ru_execution where business_key_ = ?",
                String.class, template.id().toString());
        Map<String, List<Map<String, Object>>> instanceRows = instanceRows(instance);
        List<Map<String, Object>> jurorRows = jdbc.queryForList(
                "select * from nomination_juror where nomination_id = ?", template.id());
        List<UUID> templateJurors = jurorRows.stream().map(row -> (UUID) row.get("member_id")).toList();
        Copies copies = new Copies();
        for (int i = 0; i < NOMINATIONS; i++) {
            Organisation organisation = network.organisations().get(i % network.organisations().size());
            BadgeClass badge = organisation.badges()
                    .get(i / network.organisations().size() % BADGES_PER_ORGANISATION);
            UUID nominee = network.nominees().get(i % network.nominees().size());
            Map<Object, Object> replaced = replacements(nomination, templateJurors, organisation, badge, nominee);
            boolean open = i % OPEN_SHARE == 0;
            Map<String, Object> row = replace(nomination, replaced);
            if (!open) {
                row.put("status", "AWARDED");
                row.put("stage", "CLOSED");
                row.put("open_key", null);
            }
            copies.add("nomination", row);
            if (open) {
                jurorRows.forEach(juror -> copies.add("nomination_juror", replace(juror, replaced)));
                copyInstance(instanceRows, replaced, copies);
            }
            if (copies.size() > 20_000) {
                copies.flush();
            }
        }
        copies.flush();
    }

    private Map<String, List<Map<String, Object>>> instanceRows(String instance) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        INSTANCE_TABLES.forEach(table -> rows.put(table.getKey(), jdbc.queryForList(
                "select * from " + table.getKey() + " where " + table.getValue() + " = ?", instance)));
        List<String> tasks = rows.get("act_ru_task").stream().map(task -> (String) task.get("id_")).toList();
        rows.put("act_ru_identitylink", tasks.stream().flatMap(task -> jdbc.queryForList(
                "select * from act_ru_identitylink where task_id_ = ?", task).stream()).toList());
        return rows;
    }

    /** What a copy changes: the nomination's own ids, its organisation, badge class, nominee and jurors. */
    private static Map<Object, Object> replacements(Map<String, Object> nomination, List<UUID> templateJurors,
            Organisation organisation, BadgeClass badge, UUID nominee) {
        Map<Object, Object> replaced = new HashMap<>();
        UUID id = UUID.randomUUID();
        replaced.put(nomination.get("id"), id);
        replaced.put(nomination.get("id").toString(), id.toString());
        replaced.put(nomination.get("organisation_id"), organisation.id().value());
        replaced.put(nomination.get("organisation_id").toString(), organisation.id().toString());
        replaced.put(nomination.get("badge_class_id"), badge.id().value());
        replaced.put(nomination.get("badge_class_id").toString(), badge.id().toString());
        replaced.put(nomination.get("nominee_id"), nominee);
        replaced.put(nomination.get("nominee_id").toString(), nominee.toString());
        // an open nomination's key makes each (badge, nominee) pair unique; copies need not be real pairs
        replaced.put(nomination.get("open_key"), "copy-" + id);
        for (int j = 0; j < templateJurors.size(); j++) {
            UUID juror = organisation.jurors().get(j % organisation.jurors().size()).id().value();
            replaced.put(templateJurors.get(j), juror);
            replaced.put(templateJurors.get(j).toString(), juror.toString());
        }
        return replaced;
    }

    /** Every row of the instance, each Camunda id given a fresh one, the other values replaced as for the copy. */
    private static void copyInstance(Map<String, List<Map<String, Object>>> rows, Map<Object, Object> replaced,
            Copies copies) {
        Map<Object, Object> ids = new HashMap<>(replaced);
        rows.values().forEach(table -> table.forEach(row -> ids.put(row.get("id_"), UUID.randomUUID().toString())));
        rows.forEach((table, tableRows) -> tableRows.forEach(row -> copies.add(table, replace(row, ids))));
    }

    private static Map<String, Object> replace(Map<String, Object> row, Map<Object, Object> replaced) {
        Map<String, Object> copy = new HashMap<>();
        row.forEach((column, value) -> copy.put(column, value == null ? null : replaced.getOrDefault(value, value)));
        return copy;
    }

    /** Rows waiting to be inserted, table by table, in the order the foreign keys need. */
    private final class Copies {

        private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        private int size;

        void add(String table, Map<String, Object> row) {
            tables.computeIfAbsent(table, name -> new ArrayList<>()).add(row);
            size++;
        }

        int size() {
            return size;
        }

        void flush() {
            tables.forEach(OrganisationsBenchmark.this::insert);
            tables.clear();
            size = 0;
        }
    }

    private void insert(String table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        jdbc.batchUpdate(sql, rows.stream().map(row -> columns.stream().map(row::get).toArray()).toList());
    }

    private static void report(Map<String, Double> small, Map<String, Double> big, double seeded)
            throws IOException {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "demo network against %d organisations and %d nominations (%d waiting for a jury), seeded in "
                        + "%.0f s; median ms per call over %d calls%n%n| query | demo | big network | ratio |%n"
                        + "|---|---|---|---|%n", ORGANISATIONS, NOMINATIONS, NOMINATIONS / OPEN_SHARE, seeded, RUNS));
        small.forEach((query, ms) -> report.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n",
                query, ms, big.get(query), big.get(query) / ms)));
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "organisations.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
