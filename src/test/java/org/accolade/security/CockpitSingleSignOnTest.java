package org.accolade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.People;
import org.accolade.community.MemberService;
import org.accolade.community.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Operators reach Camunda Cockpit with their Accolade session, over real HTTP as a browser would: the login form,
 * then the calls Cockpit's pages make.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:cockpit;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
@DirtiesContext
class CockpitSingleSignOnTest {

    /** What Cockpit's dashboard asks first: the process definitions with their running instances and incidents. */
    private static final String STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    private static final String PROFILE = "/camunda/api/engine/engine/default/user/admin/profile";
    private static final String COCKPIT_PAGE = "/camunda/app/cockpit/default/";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    MemberService members;
    @Autowired
    UserDetailsService users;

    @Test
    void aSystemAdminSignedInToAccoladeUsesCockpitWithoutSigningInAgain() throws Exception {
        HttpClient admin = signedIn("admin", "demo");

        HttpResponse<String> statistics = get(admin, STATISTICS);
        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(statistics.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(statistics.body()).startsWith("[").contains("\"key\":\"recognition\"");

        HttpResponse<String> profile = get(admin, PROFILE);
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("\"id\":\"admin\"", "\"firstName\":\"Admin\"");
        assertThat(get(admin, COCKPIT_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void theOperatorIsACamundaAdministratorInTheEnginesIdentityTables() throws Exception {
        get(signedIn("admin", "demo"), STATISTICS);
        get(signedIn("admin", "demo"), STATISTICS);

        assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count())
                .isEqualTo(1);
        assertThat(identity.createUserQuery().userId("admin").singleResult().getEmail())
                .isEqualTo("admin@example.org");
    }

    @Test
    void aMemberWhoIsNotASystemAdminIsRefusedCockpitAndItsApi() throws Exception {
        HttpClient alice = signedIn("alice", "demo");

        for (String path : new String[] { STATISTICS, PROFILE, COCKPIT_PAGE }) {
            assertThat(get(alice, path).statusCode()).as(path).isIn(401, 403);
        }
        HttpResponse<String> setup = post(alice, "/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\"},"
                        + "\"credentials\":{\"password\":\"intruder-password\"}}");
        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userIdIn("alice", "intruder").count()).isZero();
    }

    @Test
    void anOperatorWhoSignsInWithTheirEmailAddressIsKnownToCockpitByIt() throws Exception {
        String address = "operator-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        new People(members, users).account(address, "Olga Operator", Locale.FRENCH, Role.MEMBER, Role.SYSTEM_ADMIN);

        HttpResponse<String> statistics = get(signedIn(address, People.PASSWORD), STATISTICS);

        assertThat(statistics.statusCode()).isEqualTo(200);
        assertThat(identity.createUserQuery().userId(address).memberOfGroup(Groups.CAMUNDA_ADMIN).singleResult())
                .satisfies(user -> {
                    assertThat(user.getFirstName()).isEqualTo("Olga");
                    assertThat(user.getLastName()).isEqualTo("Operator");
                });
    }

    @Test
    void nobodySignedInIsSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = get(client(), STATISTICS);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    /** As a browser: the login page gives the session and its CSRF token, the form posts both. */
    private HttpClient signedIn(String login, String password) throws IOException, InterruptedException {
        HttpClient client = client();
        HttpResponse<String> page = get(client, "/login");
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + encode(login) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return client;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String json)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
