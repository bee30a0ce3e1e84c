package org.accolade.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Calls Accolade's REST API over HTTP as one person (HTTP Basic) in one language, as a real client would. */
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

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return headers;
    }
}
