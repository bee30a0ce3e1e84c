package org.accolade.web;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.accolade.SharedApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the API is a problem detail in the caller's language, a mistyped address and a defect included. */
@SharedApplicationTest
class ApiErrorsTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private ApiExceptionHandler accoladeErrors;
    @Autowired
    private UnexpectedErrorHandler unexpectedErrors;

    @Test
    void anAddressThatNothingAnswersIsA404ProblemNotTheScreensPage() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        http.perform(get("/ob/v2/nope").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.unknown-path"))
                .andExpect(jsonPath("$.detail").value("Rien ne répond à cette adresse."));
        http.perform(get("/api/v1/nope").with(httpBasic("alice", "demo"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        http.perform(post("/api/v1/nope").with(httpBasic("alice", "demo"))).andExpect(status().isNotFound());
        http.perform(get("/api/v1/nope")).andExpect(status().isUnauthorized());
        http.perform(get("/api/v1/assertions").with(httpBasic("alice", "demo"))).andExpect(status().isBadRequest());
        http.perform(get("/api/v1/badge-classes").with(httpBasic("alice", "demo"))).andExpect(status().isOk());
        http.perform(get("/error")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request.unknown-path"));
        http.perform(get("/error").header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/admin/partners"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("access.denied"))
                .andExpect(jsonPath("$.detail").value("Vous n’êtes pas autorisé à faire cela."))
                .andExpect(jsonPath("$.instance").value("/api/v1/admin/partners"));
    }

    @Test
    void aFieldOfTheWrongTypeOrWithControlCharactersIsNamed() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        http.perform(post("/api/v1/nominations").with(httpBasic("alice", "demo"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"NOMINATION\",\"narrative\":\"Bob\\u0000 a aidé\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.control-characters"))
                .andExpect(jsonPath("$.field").value("narrative"))
                .andExpect(jsonPath("$.detail").value(
                        "La valeur de « narrative » contient des caractères de contrôle, qui ne sont pas admis."));
        http.perform(post("/api/v1/nominations").with(httpBasic("alice", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"narrative\":[\"a\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.wrong-type"))
                .andExpect(jsonPath("$.field").value("narrative"));
        http.perform(post("/api/v1/nominations").with(httpBasic("alice", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"narrative\":\"line one\\nline\\ttwo\"}"))
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.not("request.control-characters")));
    }

    @Test
    void aDefectIsA500ProblemInTheCallersLanguageWithAReferenceForTheOperators() throws Exception {
        MockMvc http = MockMvcBuilders.standaloneSetup(new FailingController())
                .setControllerAdvice(accoladeErrors, context.getBean(ResponseEntityExceptionHandler.class),
                        unexpectedErrors).build();

        http.perform(get("/failing").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Erreur inattendue"))
                .andExpect(jsonPath("$.code").value("unexpected"))
                .andExpect(jsonPath("$.reference").value(matchesPattern("[0-9a-f]{8}")))
                .andExpect(jsonPath("$.detail").value(matchesPattern("Une erreur s’est produite de notre côté\\. "
                        + "Référence : [0-9a-f]{8}\\.")));
        http.perform(post("/failing")).andExpect(status().isMethodNotAllowed());
    }

    @RestController
    static class FailingController {

        @GetMapping("/failing")
        String fail() {
            throw new IllegalStateException("a defect");
        }
    }
}
