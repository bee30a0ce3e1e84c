package org.accolade.benchmark;

import static org.accolade.nomination.internal.RecognitionContract.SUBMIT_EVIDENCE;
import static org.accolade.nomination.internal.RecognitionContract.Answers.APPROVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.accolade.EmbeddedPostgresDatabase;
import org.accolade.People;
import org.accolade.Recognitions;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.SubmitNomination;
import org.accolade.tasks.TaskListService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Whole lifecycles (nominate, accept, evidence, three votes, issue) through the service layer against the bare
 * engine running a BPMN of the same shape, on the same PostgreSQL database, 4 threads each. Not a test: run it with
 * {@code ./mvnw -Pbenchmark test} (see docs/benchmarks.md). The driving threads execute the issuance job
 * themselves in both runs, so that the job executor's polling does not blur the comparison.
 */
@Tag("benchmark")
@ActiveProfiles({ "postgres", "demo" })
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class LifecycleBenchmark {

    private static final int THREADS = 4;
    private static final int LIFECYCLES = Integer.getInteger("benchmark.lifecycles", 200);
    private static final int ROUNDS = 2;
    private static final int WARM_UP = 40;
    private static final String NARRATIVE = "Designed and painted the mural of the school's entrance hall.";

    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private MemberService members;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private StatementCounter statements;
    @Autowired
    private JdbcClient jdbc;

    @TestConfiguration
    static class CountStatements {

        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Test
    void lifecyclesThroughTheServicesAgainstTheBareEngine() throws Exception {
        engine.getRepositoryService().createDeployment().name("benchmark")
                .addClasspathResource("benchmark/bare-lifecycle.bpmn").deploy();
        People people = new People(members, users);
        List<Member> nominees = createNominees(people, WARM_UP + ROUNDS * LIFECYCLES);
        String badge = badgeClasses.findByKey("creatif").orElseThrow().id().toString();
        Recognitions recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
        Consumer<Member> service = nominee -> serviceLifecycle(people, recognitions, badge, nominee);
        Consumer<Member> bare = nominee -> bareLifecycle(nominee.id().toString());

        timed(nominees.subList(0, WARM_UP / 2), service);
        timed(nominees.subList(WARM_UP / 2, WARM_UP), bare);
        List<Double> serviceRates = new ArrayList<>();
        List<Double> bareRates = new ArrayList<>();
        StringBuilder statementReport = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            int from = WARM_UP + round * LIFECYCLES;
            statements.reset();
            serviceRates.add(timed(nominees.subList(from, from + LIFECYCLES), service));
            statementReport.append(statements("service layer", round));
            statements.reset();
            bareRates.add(timed(nominees.subList(from, from + LIFECYCLES), bare));
            statementReport.append(statements("bare engine", round));
        }
        report(serviceRates, bareRates, statementReport.toString());
        assertThat(jdbc.sql("select count(*) from nomination where status <> 'AWARDED'").query(Long.class).single())
                .as("every lifecycle ended with its badge").isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    /** Submitted with the badge's id, looked up once before the clock runs, then through the tasks as people do. */
    private void serviceLifecycle(People people, Recognitions recognitions, String badge, Member nominee) {
        NominationDetails nomination = people.as("alice", () -> nominations.submit(new SubmitNomination(badge,
                nominee.email(), nominee.name(), NARRATIVE, NominationKind.NOMINATION)));
        recognitions.accept(nominee, nomination);
        recognitions.complete(nominee.email(), nomination, SUBMIT_EVIDENCE, Recognitions.evidence(NARRATIVE));
        for (String juror : List.of("claire", "david", "emma")) {
            recognitions.vote(juror, nomination, APPROVE, "A remarkable piece of work.");
        }
        executeIssuance(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(nomination.id().toString()).singleResult().getId());
    }

    private void bareLifecycle(String nominee) {
        ProcessInstance process = engine.getRuntimeService().startProcessInstanceByKey("bareLifecycle", nominee,
                Variables.putValue("nominee", nominee));
        for (String assignee : List.of(nominee, nominee, "juror0", "juror1", "juror2")) {
            var task = engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                    .taskAssignee(assignee).singleResult();
            engine.getTaskService().complete(task.getId());
        }
        executeIssuance(process.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId())
                .count()).isZero();
    }

    private void executeIssuance(String processInstanceId) {
        var job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    /** Lifecycles per second with {@link #THREADS} threads. */
    private static double timed(List<Member> nominees, Consumer<Member> lifecycle) throws Exception {
        long start = System.nanoTime();
        for (Future<?> done : submitAll(nominees, lifecycle)) {
            done.get();
        }
        return nominees.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static List<Future<?>> submitAll(List<Member> nominees, Consumer<Member> lifecycle) {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            return nominees.stream().<Future<?>>map(n -> threads.submit(() -> lifecycle.accept(n))).toList();
        } finally {
            threads.shutdown();
        }
    }

    private static List<Member> createNominees(People people, int count) throws Exception {
        List<Member> created = Collections.synchronizedList(new ArrayList<>());
        for (Future<?> done : submitAll(Collections.nCopies(count, null), ignored -> created.add(
                people.fresh("Nominee")))) {
            done.get();
        }
        return created;
    }

    private String statements(String run, int round) {
        return String.format(Locale.ROOT, "%s, round %d: %.1f SQL statements per lifecycle (%.1f on the engine's "
                + "tables, %.1f on Accolade's); most frequent:%n%s%n", run, round + 1,
                statements.total() / (double) LIFECYCLES, statements.engine() / (double) LIFECYCLES,
                (statements.total() - statements.engine()) / (double) LIFECYCLES, statements.top(15, LIFECYCLES));
    }

    private static void report(List<Double> service, List<Double> bare, String statementReport)
            throws IOException {
        double serviceMean = service.stream().mapToDouble(d -> d).average().orElseThrow();
        double bareMean = bare.stream().mapToDouble(d -> d).average().orElseThrow();
        String report = String.format(Locale.ROOT, """
                lifecycles per round: %d, threads: %d, rounds: %d (after %d warm-up lifecycles)
                service layer: %s lifecycles/s (mean %.1f)
                bare engine:   %s lifecycles/s (mean %.1f)
                ratio service/bare: %.2f

                %s""", LIFECYCLES, THREADS, ROUNDS, WARM_UP, format(service), serviceMean, format(bare), bareMean,
                serviceMean / bareMean, statementReport);
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "lifecycles.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String format(List<Double> rates) {
        return rates.stream().map(r -> String.format(Locale.ROOT, "%.1f", r)).toList().toString();
    }
}
