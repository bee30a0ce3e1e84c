package org.accolade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.accolade.People;
import org.accolade.community.MemberService;
import org.accolade.mail.MutableClock;
import org.accolade.web.ClockedApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Failed sign-ins are throttled per account and per client address, over HTTP Basic and the login form alike: 10
 * failures per account and 50 per address in 15 minutes (application.yml). Each test calls from its own address.
 */
@ClockedApplicationTest
class SignInThrottleTest {

    private static final String WRONG = "not-the-password";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private MutableClock clock;
    @Autowired
    private ObjectMapper json;

    private MockMvc http;
    private People people;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
    }

    @Test
    void guessingOnePasswordOverBasicIsRefusedWith429AndRetryAfterEvenOnceTheRightPasswordComes() throws Exception {
        String login = people.fresh("Guessed").email();
        String address = anAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(badgeClasses(login, WRONG, address, "en").getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse throttled = badgeClasses(login, WRONG, address, "fr");
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
        JsonNode problem = json.readTree(throttled.getContentAsByteArray());
        assertThat(problem.path("code").asText()).isEqualTo("access.sign-in-throttled");
        assertThat(problem.path("detail").asText()).isEqualTo("Trop d’échecs de connexion pour ce compte ou depuis "
                + "cette adresse. Réessayez dans 15 minutes.");
        assertThat(badgeClasses(login, People.PASSWORD, address, "en").getStatus()).isEqualTo(429);
        assertThat(badgeClasses(login, People.PASSWORD, anAddress(), "en").getStatus())
                .as("the account is throttled from every address").isEqualTo(429);

        clock.advance(Duration.ofMinutes(15));
        assertThat(badgeClasses(login, People.PASSWORD, address, "en").getStatus()).isEqualTo(200);
    }

    @Test
    void signInsThatSucceedUseUpNothing() throws Exception {
        String login = people.fresh("Busy").email();
        String address = anAddress();
        for (int attempt = 0; attempt < 30; attempt++) {
            assertThat(badgeClasses(login, People.PASSWORD, address, "en").getStatus()).isEqualTo(200);
        }
        for (int attempt = 0; attempt < 9; attempt++) {
            assertThat(badgeClasses(login, WRONG, address, "en").getStatus()).isEqualTo(401);
        }
        assertThat(badgeClasses(login, People.PASSWORD, address, "en").getStatus()).isEqualTo(200);
        assertThat(badgeClasses(login, WRONG, address, "en").getStatus()).isEqualTo(401);
        assertThat(badgeClasses(login, People.PASSWORD, address, "en").getStatus()).isEqualTo(429);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottledWhileOthersSignInAsUsual() throws Exception {
        String address = anAddress();
        for (int attempt = 0; attempt < 50; attempt++) {
            String someone = "nobody-" + UUID.randomUUID() + "@example.org";
            assertThat(badgeClasses(someone, WRONG, address, "en").getStatus()).isEqualTo(401);
        }
        String login = people.fresh("Neighbour").email();

        MockHttpServletResponse throttled = badgeClasses(login, People.PASSWORD, address, "en");
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(json.readTree(throttled.getContentAsByteArray()).path("detail").asText())
                .isEqualTo("Too many failed sign-ins for this account or from this address. Try again in 15 minutes.");
        assertThat(badgeClasses(login, People.PASSWORD, anAddress(), "en").getStatus()).isEqualTo(200);
    }

    @Test
    void theLoginFormSendsAThrottledPersonBackToTheLoginScreenWithHowLongToWait() throws Exception {
        String login = people.fresh("Forgetful").email();
        String address = anAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(signIn(login, WRONG, address).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        clock.advance(Duration.ofMinutes(5));

        MvcResult throttled = signIn(login, People.PASSWORD, address);
        assertThat(throttled.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(throttled.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOfSatisfying(SignInThrottled.class,
                        refused -> assertThat(refused.attempt().retryAfterMinutes()).isEqualTo(10));
        clock.advance(Duration.ofMinutes(10));
        assertThat(signIn(login, People.PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    private MockHttpServletResponse badgeClasses(String login, String password, String address, String language)
            throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/badge-classes").with(httpBasic(login, password))
                .with(from(address)).header(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.perform(request).andReturn().getResponse();
    }

    private MvcResult signIn(String login, String password, String address) throws Exception {
        return http.perform(post("/login").param("username", login).param("password", password).with(csrf())
                .with(from(address))).andReturn();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A client address of its own, so that tests sharing the application do not share their budget. */
    private static String anAddress() {
        UUID random = UUID.randomUUID();
        return "203.0." + Math.floorMod(random.getMostSignificantBits(), 256) + "."
                + Math.floorMod(random.getLeastSignificantBits(), 256);
    }
}
