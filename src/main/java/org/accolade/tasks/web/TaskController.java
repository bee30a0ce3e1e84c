package org.accolade.tasks.web;

import java.util.List;
import java.util.Map;

import org.accolade.tasks.TaskDetails;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskOrganisations;
import org.accolade.tasks.TaskSummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final TaskListService taskList;
    private final TaskOrganisations organisations;

    TaskController(TaskListService taskList, TaskOrganisations organisations) {
        this.taskList = taskList;
        this.organisations = organisations;
    }

    /** {@code organisation}, an organisation's id or key, keeps only its processes' tasks. */
    @GetMapping
    List<TaskSummary> mine(@RequestParam(required = false) String organisation) {
        return taskList.mine(organisation == null || organisation.isBlank() ? null
                : organisations.named(organisation));
    }

    @GetMapping("/{id}")
    TaskDetails get(@PathVariable String id) {
        return taskList.get(id);
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String id) {
        taskList.claim(id);
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String id) {
        taskList.unclaim(id);
    }

    /** The body holds the form's field values by key. */
    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String id, @RequestBody Map<String, Object> values) {
        taskList.complete(id, values);
    }
}
