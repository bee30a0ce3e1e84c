package org.accolade.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.accolade.People;
import org.accolade.community.MemberService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every body sent to the API is bounded: 1 MB for most calls, 3 MB for verifying a badge (application.yml), refused
 * with a 413 problem in the caller's language before anything is read, even the credentials.
 */
@ClockedApplicationTest
class RequestBodyLimitTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private RequestBodyLimit bodyLimit;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    private MockMvc http;
    private People people;

    @BeforeEach
    void setUp() {
        // As the servlet container runs it: the limit first, then security.
        http = MockMvcBuilders.webAppContextSetup(context).addFilters(bodyLimit).apply(springSecurity()).build();
        people = new People(members, users);
    }

    @Test
    void aNominationOverAMegabyteIsRefusedWith413BeforeItsSenderIsEvenSignedIn() throws Exception {
        byte[] body = json("{\"kind\":\"NOMINATION\",\"narrative\":\"", 1024 * 1024 + 1);

        http.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.too-large"))
                .andExpect(jsonPath("$.limit").value(1024 * 1024))
                .andExpect(jsonPath("$.detail").value("La requête dépasse la taille maximale de 1 Mo."));
        http.perform(post("/api/v1/nominations").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(people.fresh("Verbose").email(), People.PASSWORD)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value("The request is larger than the limit of 1 MB."));
    }

    @Test
    void verifyingABadgeTakesUpToItsLargerLimit() throws Exception {
        http.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
                .content(json("{\"jws\":\"", 2 * 1024 * 1024))).andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(false));
        http.perform(post("/api/v1/verify").contentType(MediaType.APPLICATION_JSON)
                .content(json("{\"jws\":\"", 3 * 1024 * 1024 + 1)))
                .andExpect(status().isPayloadTooLarge()).andExpect(header().doesNotExist(HttpHeaders.RETRY_AFTER))
                .andExpect(jsonPath("$.detail").value("The request is larger than the limit of 3 MB."));
    }

    /** A JSON text of {@code length} bytes: the prefix, then letters, then the closing quote and brace. */
    private static byte[] json(String prefix, int length) {
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(start, length);
        Arrays.fill(body, start.length, length - 2, (byte) 'a');
        body[length - 2] = '"';
        body[length - 1] = '}';
        return body;
    }
}
