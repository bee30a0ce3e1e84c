package org.accolade.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accolade.community.MemberId;
import org.accolade.security.AccoladeUser;
import org.accolade.security.CurrentMember;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The task host knows no process: a process it has never heard of, with a presenter written for this test only,
 * is listed, filtered, shown and completed through {@link TaskListService}, on a bare Camunda engine; a process
 * with no presenter still works, without headline or data.
 */
class TaskHostTest {

    private static final String GREETING = "greeting";
    private static final String SAY_HELLO = "Task_SayHello";
    private static final String HELLO_FORM = """
            {"id": "hello", "type": "default", "components": [
              {"type": "textfield", "key": "reply", "label": "Reply", "validate": {"required": true}}]}""";

    private static ProcessEngine engine;
    private final MemberId me = MemberId.of(UUID.randomUUID().toString());
    private TaskListService host;

    @BeforeAll
    static void startEngineAndDeploy() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:task-host;DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).buildProcessEngine();
        deploy(GREETING);
        deploy("unpresented");
    }

    private static void deploy(String processKey) {
        engine.getRepositoryService().createDeployment()
                .addModelInstance(processKey + ".bpmn", Bpmn.createExecutableProcess(processKey)
                        .camundaHistoryTimeToLive(1).startEvent().userTask(SAY_HELLO).name("Say hello")
                        .camundaAssignee("${person}").camundaFormRef("hello").camundaFormRefBinding("deployment")
                        .endEvent().done())
                .addString("hello.form", HELLO_FORM).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                new AccoladeUser(me, "me@example.org", "", List.of()), null));
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:task-host-transactions");
        host = new TaskListService(engine.getTaskService(), engine.getFormService(), engine.getRuntimeService(),
                engine.getHistoryService(), new FormValidator(), List.of(new GreetingPresenter()),
                new CurrentMember(), new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(instance -> engine
                .getRuntimeService().deleteProcessInstance(instance.getId(), "test over"));
    }

    @Test
    void listsAProcessItNeverHeardOfWithItsPresentersHeadlineAndFilters() {
        String greeting = start(GREETING, "Ada");

        TaskFilter byStage = new TaskFilter(TaskFilter.Scope.MINE, null, host.stages().get(0), null, null);
        assertThat(host.find(byStage, 0, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.task().businessKey()).isEqualTo(greeting);
            assertThat(entry.task().namedBusinessKey()).containsEntry("greetingId", greeting);
            assertThat(entry.headline()).isEqualTo(new TaskHeadline("Hello", "Ada"));
        });
        TaskTopic ada = host.topics().get(0).topics().get(0);
        assertThat(host.count(new TaskFilter(TaskFilter.Scope.MINE, ada, null, null, null))).isEqualTo(1);
    }

    @Test
    void showsAndCompletesItWithItsPresentersContextAndTheDeployedForm() {
        String greeting = start(GREETING, "Ada");
        String taskId = host.mine().get(0).id();

        TaskDetails details = host.get(taskId);
        assertThat(details.context()).isEqualTo(new Greeting("Ada"));
        assertThat(details.data()).isEqualTo(Map.of("person", "Ada"));
        assertThat(details.headline()).isEqualTo(new TaskHeadline("Hello", "Ada"));
        assertThatThrownBy(() -> host.complete(taskId, Map.of())).isInstanceOf(InvalidSubmissionException.class);

        host.complete(taskId, Map.of("reply", "Hi"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(greeting)
                .count()).isZero();
    }

    @Test
    void aProcessWithoutPresenterIsListedAndShownWithoutHeadlineOrData() {
        start("unpresented", "Ada");

        assertThat(host.find(TaskFilter.of(TaskFilter.Scope.MINE), 0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.headline()).isEqualTo(TaskHeadline.NONE));
        TaskDetails details = host.get(host.mine().get(0).id());
        assertThat(details.data()).isEmpty();
        assertThat(details.context()).isNull();
        assertThat(details.task().namedBusinessKey()).isEmpty();
    }

    private String start(String processKey, String person) {
        String businessKey = UUID.randomUUID().toString();
        engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey,
                Map.of("person", me.toString(), "personName", person));
        return businessKey;
    }

    record Greeting(String person) {
    }

    /** What a module owning the greeting process would register. */
    private final class GreetingPresenter implements TaskPresenter<Greeting> {

        @Override
        public String processKey() {
            return GREETING;
        }

        @Override
        public List<TaskStage> stages() {
            return List.of(new TaskStage(GREETING, "greeting.stage.hello", List.of(SAY_HELLO)));
        }

        @Override
        public Optional<TaskTopics> topics() {
            return Optional.of(new TaskTopics("greeting.filter", "greeting.filter.all",
                    List.of(new TaskTopic(GREETING, "personName", "Ada", "Ada"))));
        }

        @Override
        public String businessKeyName() {
            return "greetingId";
        }

        @Override
        public Map<String, TaskHeadline> headlines(Collection<TaskRef> tasks) {
            return tasks.stream().collect(Collectors.toMap(TaskRef::taskId, task -> new TaskHeadline("Hello",
                    personName(task))));
        }

        @Override
        public TaskHeadline headline(Greeting context) {
            return new TaskHeadline("Hello", context.person());
        }

        @Override
        public Greeting context(TaskRef task) {
            return new Greeting(personName(task));
        }

        @Override
        public Map<String, Object> formData(Greeting context) {
            return Map.of("person", context.person());
        }

        private String personName(TaskRef task) {
            return (String) engine.getTaskService().getVariable(task.taskId(), "personName");
        }
    }
}
