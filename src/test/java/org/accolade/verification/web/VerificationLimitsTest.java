package org.accolade.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.accolade.mail.MutableClock;
import org.accolade.verification.BadgeServer;
import org.accolade.web.ClockedApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Verifying badges is bounded: 30 per client address and minute, 8 at once (application.yml); past either, a 429
 * problem with Retry-After in the caller's language, never a queue and never a 5xx.
 */
@ClockedApplicationTest
class VerificationLimitsTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private MutableClock clock;
    @Autowired
    private ObjectMapper json;

    private final BadgeServer server = BadgeServer.start();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aClientThatVerifiesTooOftenWaitsForTheNextMinute() throws Exception {
        String address = anAddress();
        for (int verification = 0; verification < 30; verification++) {
            assertThat(verify("{\"jws\":\"a.b.c\"}", address, "en").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = verify("{\"jws\":\"a.b.c\"}", address, "fr");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        JsonNode problem = json.readTree(refused.getContentAsByteArray());
        assertThat(problem.path("code").asText()).isEqualTo("verification.too-many");
        assertThat(problem.path("detail").asText())
                .isEqualTo("Trop de vérifications depuis votre adresse. Patientez une minute, puis réessayez.");
        assertThat(verify("{\"jws\":\"a.b.c\"}", anAddress(), "en").getStatus()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertThat(verify("{\"jws\":\"a.b.c\"}", address, "en").getStatus()).isEqualTo(200);
    }

    @Test
    void whenEightVerificationsWaitOnSlowHostsTheNinthIsToldToComeBackNotQueued() throws Exception {
        server.hang("/slow");
        String slow = "{\"url\":\"" + server.url("/slow") + "\"}";
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<MockHttpServletResponse>> waiting = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                waiting.add(clients.submit(() -> verify(slow, anAddress(), "en")));
            }
            await().atMost(Duration.ofSeconds(4)).until(() -> server.hanging() == 8);

            MockHttpServletResponse busy = verify("{\"jws\":\"a.b.c\"}", anAddress(), "en");

            assertThat(busy.getStatus()).isEqualTo(429);
            assertThat(busy.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(json.readTree(busy.getContentAsByteArray()).path("detail").asText())
                    .isEqualTo("The verifier is already checking as many badges as it can. Try again in a few seconds.");
            server.close();
            for (Future<MockHttpServletResponse> verification : waiting) {
                assertThat(verification.get().getStatus()).isEqualTo(200);
            }
            assertThat(verify("{\"jws\":\"a.b.c\"}", anAddress(), "en").getStatus()).isEqualTo(200);
        } finally {
            clients.shutdownNow();
        }
    }

    private MockHttpServletResponse verify(String body, String address, String language) throws Exception {
        return http.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }

    /** A client address of its own, so that tests sharing the application do not share their budget. */
    private static String anAddress() {
        UUID random = UUID.randomUUID();
        return "198.51." + Math.floorMod(random.getMostSignificantBits(), 256) + "."
                + Math.floorMod(random.getLeastSignificantBits(), 256);
    }
}
