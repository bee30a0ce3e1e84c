package org.accolade.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Calls Accolade's REST API over HTTP as one person (HTTP Basic) in one language, as a real client would, and finds
 * and completes that person's tasks.
 */
record ApiClient(TestRestTemplate rest, String language) {

    static ApiClient anonymous(TestRestTemplate rest) {
        return new ApiClient(rest, "en");
    }

    ApiClient as(String login, String password) {
        return new ApiClient(rest.withBasicAuth(login, password), language);
    }

    ApiClient speaking(String tag) {
        return new ApiClient(rest, tag);
    }

    ResponseEntity<JsonNode> get(String path) {
        return rest.exchange("/api/v1" + path, HttpMethod.GET, new HttpEntity<>(headers()), JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String path, Map<String, ?> body) {
        return rest.exchange("/api/v1" + path, HttpMethod.POST, new HttpEntity<>(body, headers()), JsonNode.class);
    }

    /** Nominates this address for the badge class. */
    ResponseEntity<JsonNode> nominate(String badgeClassId, String nomineeEmail, String narrative) {
        return post("/nominations", nomination(badgeClassId, nomineeEmail, narrative));
    }

    /** The body of a nomination; a HashMap, so that a test can send a field as null. */
    static Map<String, Object> nomination(String badgeClassId, String nomineeEmail, String narrative) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "NOMINATION");
        body.put("badgeClassId", badgeClassId);
        body.put("nomineeEmail", nomineeEmail);
        body.put("narrative", narrative);
        return body;
    }

    /** Completes this person's task of the nomination, as their client would with the form's values. */
    void complete(String nomination, String taskKey, Map<String, ?> values) {
        ResponseEntity<JsonNode> done = post("/tasks/" + taskOf(nomination, taskKey) + "/complete", values);
        assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(204);
    }

    /** The id of this person's task of the nomination, from their task list. */
    String taskOf(String nomination, String taskKey) {
        return StreamSupport.stream(get("/tasks").getBody().spliterator(), false)
                .filter(task -> task.path("nominationId").asText().equals(nomination)
                        && task.path("taskDefinitionKey").asText().equals(taskKey))
                .map(task -> task.path("id").asText())
                .findFirst().orElseThrow(() -> new AssertionError("no " + taskKey + " for " + nomination));
    }

    /** Asserts a problem detail (RFC 9457) with this status and a message, and gives its body. */
    static JsonNode problem(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody().path("detail").asText()).isNotBlank();
        return response.getBody();
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return headers;
    }
}
