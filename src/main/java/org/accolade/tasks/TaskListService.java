package org.accolade.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.security.CurrentMember;
import org.accolade.shared.OrganisationId;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caller's user tasks, whatever their process: the host knows no process, each is presented by the module that
 * owns it ({@link TaskPresenter}). A person sees, claims and completes only tasks assigned to
 * them or offered to them as a candidate; the processes decide who that is (recusal included), this service
 * enforces it for every call, task id or not.
 */
@Service
@PreAuthorize("hasRole('MEMBER')")
public class TaskListService {

    /** How often a completion refused because another changed the same process at that instant is made again. */
    private static final int COMPLETION_ATTEMPTS = 5;

    private final TaskService tasks;
    private final FormService formService;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final FormValidator validator;
    private final Map<String, TaskPresenter<?>> presenters;
    private final CurrentMember currentMember;
    private final Map<String, FormDefinition> formsByDefinition = new ConcurrentHashMap<>();
    private final TransactionTemplate transaction;

    TaskListService(TaskService tasks, FormService formService, RuntimeService runtime, HistoryService history,
            FormValidator validator, List<TaskPresenter<?>> presenters, CurrentMember currentMember,
            PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.formService = formService;
        this.runtime = runtime;
        this.history = history;
        this.validator = validator;
        // in the order Spring gives them, so that the filters list stages and topics the same way every time
        this.presenters = presenters.stream().collect(Collectors.toMap(TaskPresenter::processKey,
                Function.identity(), (first, second) -> {
                    throw new IllegalStateException("Two presenters for process " + first.processKey());
                }, LinkedHashMap::new));
        this.currentMember = currentMember;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Tasks assigned to the caller and unassigned tasks they may claim, the most urgent first. */
    @Transactional(readOnly = true)
    public List<TaskSummary> mine() {
        return mine(null);
    }

    /** {@link #mine()}, only those of {@code organisation}'s processes unless it is null. */
    @Transactional(readOnly = true)
    public List<TaskSummary> mine(OrganisationId organisation) {
        String me = me();
        TaskQuery query = tasks.createTaskQuery().or().taskAssignee(me).taskCandidateUser(me).endOr();
        List<Task> found = ofOrganisation(query, organisation).initializeFormKeys().orderByDueDate().asc()
                .orderByTaskCreateTime().asc().list();
        Map<String, String> businessKeys = businessKeys(found.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        return found.stream().map(t -> summary(t, businessKeys.get(t.getProcessInstanceId()))).toList();
    }

    /** The stages of every process a module presents, to filter a list by. */
    public List<TaskStage> stages() {
        return presenters.values().stream().flatMap(presenter -> presenter.stages().stream()).toList();
    }

    /** What the tasks of each presented process may be about, to filter a list by. */
    public List<TaskTopics> topics() {
        return presenters.values().stream().map(TaskPresenter::topics).flatMap(Optional::stream).toList();
    }

    /**
     * A page of the caller's tasks in one scope, narrowed by the filter, the most urgent first (by due date, then
     * by creation); each with its headline, read for the whole page at once.
     */
    @Transactional(readOnly = true)
    public List<TaskListEntry> find(TaskFilter filter, int offset, int limit) {
        List<Task> page = query(filter).initializeFormKeys().orderByDueDate().asc().orderByTaskCreateTime().asc()
                .orderByTaskId().asc().listPage(offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = businessKeys(page.stream().map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
        List<TaskRef> refs = page.stream().map(t -> ref(t, businessKeys.get(t.getProcessInstanceId()))).toList();
        Map<String, TaskHeadline> headlines = headlines(refs);
        Set<String> claimed = filter.scope() == TaskFilter.Scope.MINE ? claimedByMe(page) : Set.of();
        return page.stream().map(t -> new TaskListEntry(summary(t, businessKeys.get(t.getProcessInstanceId())),
                headlines.getOrDefault(t.getId(), TaskHeadline.NONE), claimed.contains(t.getId()))).toList();
    }

    /** How many tasks {@link #find} would list in all. */
    @Transactional(readOnly = true)
    public int count(TaskFilter filter) {
        return Math.toIntExact(query(filter).count());
    }

    private TaskQuery query(TaskFilter filter) {
        TaskQuery query = tasks.createTaskQuery();
        if (filter.scope() == TaskFilter.Scope.MINE) {
            query.taskAssignee(me());
        } else {
            query.taskCandidateUser(me());
        }
        if (filter.topic() != null) {
            query.processDefinitionKey(filter.topic().processKey())
                    .processVariableValueEquals(filter.topic().variable(), filter.topic().value());
        }
        if (filter.stage() != null) {
            query.processDefinitionKey(filter.stage().processKey())
                    .taskDefinitionKeyIn(filter.stage().taskDefinitionKeys().toArray(String[]::new));
        }
        if (filter.dueBefore() != null) {
            query.dueBefore(Date.from(filter.dueBefore()));
        }
        return ofOrganisation(query, filter.organisation());
    }

    /** In the database: each process instance runs as its organisation's tenant (ADR 17). */
    private static TaskQuery ofOrganisation(TaskQuery query, OrganisationId organisation) {
        return organisation == null ? query : query.tenantIdIn(organisation.toString());
    }

    /** Of these tasks assigned to the caller, those offered to them as a candidate: they claimed them. */
    private Set<String> claimedByMe(List<Task> assigned) {
        return tasks.createTaskQuery().taskIdIn(assigned.stream().map(Task::getId).toArray(String[]::new))
                .taskCandidateUser(me()).includeAssignedTasks().list().stream().map(Task::getId)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public TaskDetails get(String taskId) {
        Task task = visible(taskId);
        TaskRef ref = ref(task, businessKey(task));
        TaskPresenter<?> presenter = presenters.get(ref.processDefinitionKey());
        if (presenter == null) {
            return new TaskDetails(summary(task), deployedForm(task).json(), Map.of(), TaskHeadline.NONE, null);
        }
        return details(task, ref, presenter);
    }

    /** Only a candidate learns that another claimed it first: to anyone else it is not theirs, claimed or not. */
    @Transactional
    public void claim(String taskId) {
        Task task = find(taskId);
        if (me().equals(task.getAssignee())) {
            throw DomainException.conflict("task.already-yours", null);
        }
        requireCandidate(task);
        if (task.getAssignee() != null) {
            throw DomainException.conflict("task.claimed-by-other", null);
        }
        tasks.claim(taskId, me());
    }

    /** Gives a claimed task back to its candidates; a task assigned by the process cannot be given back. */
    @Transactional
    public void unclaim(String taskId) {
        Task task = visible(taskId);
        if (!me().equals(task.getAssignee()) || !hasCandidate(task, me())) {
            throw DomainException.conflict("task.not-claimed", null);
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * Validates the values against the task's deployed form, with the same validator as the screens, then
     * completes the task. The values travel as transient variables: the process's listeners record them in
     * Accolade's tables and the engine keeps none of them.
     *
     * <p>Jurors who vote at the same instant complete tasks of one multi-instance review: the engine lets the first
     * change it and refuses the others (optimistic locking). A refused completion is rolled back whole and made
     * again in a new transaction, so that every vote counts, once.
     */
    public void complete(String taskId, Map<String, ?> values) {
        for (int attempt = 1;; attempt++) {
            try {
                transaction.executeWithoutResult(status -> completeOnce(taskId, values));
                return;
            } catch (OptimisticLockingException concurrentCompletion) {
                if (attempt == COMPLETION_ATTEMPTS) {
                    throw concurrentCompletion;
                }
            }
        }
    }

    private void completeOnce(String taskId, Map<String, ?> values) {
        Task task = find(taskId);
        if (!me().equals(task.getAssignee())) {
            requireCandidate(task);
            throw DomainException.conflict("task.claim-first", null);
        }
        FormDefinition form = deployedForm(task);
        FormValidationResult result = validator.validate(form, values,
                form.needsInputData() ? formData(ref(task, businessKey(task))) : Map.of());
        if (!result.valid()) {
            throw new InvalidSubmissionException(result.errors());
        }
        tasks.complete(taskId, transientVariables(result.values()));
    }

    private static VariableMap transientVariables(Map<String, Object> values) {
        VariableMap variables = Variables.createVariables();
        values.forEach((key, value) -> variables.putValueTyped(key, Variables.untypedValue(value, true)));
        return variables;
    }

    private Task visible(String taskId) {
        Task task = find(taskId);
        if (!me().equals(task.getAssignee()) && (task.getAssignee() != null || !hasCandidate(task, me()))) {
            throw DomainException.forbidden("task.not-yours");
        }
        return task;
    }

    private void requireCandidate(Task task) {
        if (!hasCandidate(task, me())) {
            throw DomainException.forbidden("task.not-yours");
        }
    }

    private boolean hasCandidate(Task task, String member) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && member.equals(link.getUserId()));
    }

    /** A task that is gone was either completed (409) or never existed (404). */
    private Task find(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task != null) {
            return task;
        }
        boolean completed = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
        throw completed ? DomainException.conflict("task.completed", null)
                : DomainException.notFound("task.unknown", null);
    }

    /**
     * A form bound to its process's deployment (or a fixed version) never changes for that process definition, so
     * it is read and parsed once; a form bound to {@code latest} is read each time, as it may have been redeployed.
     */
    private FormDefinition deployedForm(Task task) {
        CamundaFormRef ref = task.getCamundaFormRef();
        if (ref == null || "latest".equals(ref.getBinding())) {
            return readDeployedForm(task);
        }
        return formsByDefinition.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                key -> readDeployedForm(task));
    }

    private FormDefinition readDeployedForm(Task task) {
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            return FormDefinition.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the form of task " + task.getId(), e);
        }
    }

    private <C> TaskDetails details(Task task, TaskRef ref, TaskPresenter<C> presenter) {
        C context = presenter.context(ref);
        return new TaskDetails(summary(task), deployedForm(task).json(), presenter.formData(context),
                presenter.headline(context), context);
    }

    private Map<String, Object> formData(TaskRef ref) {
        TaskPresenter<?> presenter = presenters.get(ref.processDefinitionKey());
        return presenter == null ? Map.of() : formData(ref, presenter);
    }

    private static <C> Map<String, Object> formData(TaskRef ref, TaskPresenter<C> presenter) {
        return presenter.formData(presenter.context(ref));
    }

    /** Each presenter reads the headlines of its own process's tasks on the page, at once. */
    private Map<String, TaskHeadline> headlines(List<TaskRef> refs) {
        Map<String, TaskHeadline> headlines = new HashMap<>();
        refs.stream().collect(Collectors.groupingBy(TaskRef::processDefinitionKey)).forEach((processKey, ours) -> {
            TaskPresenter<?> presenter = presenters.get(processKey);
            if (presenter != null) {
                headlines.putAll(presenter.headlines(ours));
            }
        });
        return headlines;
    }

    private static TaskRef ref(Task task, String businessKey) {
        return new TaskRef(task.getId(), processKey(task), businessKey, task.getTaskDefinitionKey());
    }

    private TaskSummary summary(Task task) {
        return summary(task, businessKey(task));
    }

    private TaskSummary summary(Task task, String businessKey) {
        String formId = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
        TaskPresenter<?> presenter = presenters.get(processKey(task));
        return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), formId, processKey(task),
                businessKey, presenter == null ? null : presenter.businessKeyName(), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getCreateTime().toInstant(),
                task.getTenantId() == null ? null : new OrganisationId(UUID.fromString(task.getTenantId())));
    }

    private String businessKey(Task task) {
        return businessKeys(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId());
    }

    private Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /** Process definition ids read {@code key:version:id}. */
    private static String processKey(Task task) {
        return task.getProcessDefinitionId().substring(0, task.getProcessDefinitionId().indexOf(':'));
    }

    private String me() {
        return currentMember.id().toString();
    }
}
