package org.accolade.tasks;

/** What a task list shows of a task beside its name: whom and which badge it is about. */
public record TaskHeadline(String badgeName, String nomineeName) {
}
