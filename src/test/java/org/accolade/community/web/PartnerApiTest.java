package org.accolade.community.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.accolade.SharedApplicationTest;
import org.accolade.catalog.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/** The partner directory's API through the real security filters: issuer admins write, everyone sees logos. */
@SharedApplicationTest
class PartnerApiTest {

    private static final String PARTNERS = "/api/v1/admin/partners";

    @Autowired
    private WebApplicationContext context;

    private MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anIssuerAdminListsThePartnersWithTheirTotal() throws Exception {
        http.perform(get(PARTNERS).param("limit", "200").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Total-Count"))
                .andExpect(jsonPath("$[*].name", hasItem("Musée des Arts et Métiers")))
                .andExpect(jsonPath("$[*].email", hasItem("partner@example.org")));
    }

    @Test
    void anIssuerAdminCreatesReadsAndUpdatesAPartner() throws Exception {
        String address = freshAddress();
        String location = http.perform(asAdmin(post(PARTNERS)).content(json("Ressourcerie", "https://r.example.org",
                        address.toUpperCase(Locale.ROOT), "Réemploi et réparation.")))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith(PARTNERS + "/")))
                .andExpect(jsonPath("$.name").value("Ressourcerie"))
                .andExpect(jsonPath("$.email").value(address))
                .andExpect(jsonPath("$.logo").doesNotExist())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        http.perform(get(location).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.website").value("https://r.example.org"))
                .andExpect(jsonPath("$.description").value("Réemploi et réparation."));
        http.perform(asAdmin(put(location)).content(json("Ressourcerie du quartier", "https://rq.example.org",
                        address, "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ressourcerie du quartier"))
                .andExpect(jsonPath("$.description").doesNotExist());
        http.perform(get(location).with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.website").value("https://rq.example.org"));
    }

    @Test
    void aRefusalIsAProblemDetailNamingTheFieldInTheCallersLanguage() throws Exception {
        http.perform(asAdmin(post(PARTNERS)).locale(Locale.FRENCH)
                        .content(json("Musée", "musee.example.org", freshAddress(), "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("partner.website.invalid"))
                .andExpect(jsonPath("$.field").value("website"))
                .andExpect(jsonPath("$.errors.website")
                        .value("Indiquez une adresse web complète, commençant par http:// ou https://."));
    }

    @Test
    void aSecondPartnerWithTheSameAddressIsAConflictOnTheEmailField() throws Exception {
        http.perform(asAdmin(post(PARTNERS)).locale(Locale.ENGLISH)
                        .content(json("Doublon", "https://d.example.org", "Partner@Example.org", "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("email"))
                .andExpect(jsonPath("$.detail").value("Another partner organisation already uses partner@example.org."));
    }

    @Test
    void anUploadedLogoIsServedToAnyoneWithItsTypeAndNoSniffing() throws Exception {
        String location = create();
        byte[] png = TestImages.png();

        String logo = JsonPath.read(http.perform(logoUpload(location, "logo.png", "image/png", png))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.logo", startsWith("/api/v1/partners/")))
                .andReturn().getResponse().getContentAsString(), "$.logo");

        http.perform(get(logo))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(header().doesNotExist("Content-Security-Policy"));
    }

    @Test
    void anSvgLogoCannotRunAnythingWhenOpenedOnItsOwn() throws Exception {
        String location = create();
        http.perform(logoUpload(location, "logo.svg", "image/svg+xml", TestImages.svg()))
                .andExpect(status().isOk());

        http.perform(get(location.replace("/admin", "") + "/logo"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; sandbox"));
    }

    @Test
    void anSvgLogoWithAScriptIsRefusedOnTheLogoField() throws Exception {
        String location = create();

        http.perform(logoUpload(location, "logo.svg", "image/svg+xml", TestImages.svgWithScript())
                        .locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("partner.logo.svg-script"))
                .andExpect(jsonPath("$.field").value("logo"));
        http.perform(get(location.replace("/admin", "") + "/logo"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partner.logo.none"));
    }

    @Test
    void aMemberWhoIsNotAnIssuerAdminIsForbiddenAndAStrangerMustSignIn() throws Exception {
        String location = create();

        http.perform(get(PARTNERS).with(httpBasic("alice", "demo"))).andExpect(status().isForbidden());
        http.perform(get(location).with(httpBasic("alice", "demo"))).andExpect(status().isForbidden());
        http.perform(post(PARTNERS).with(httpBasic("alice", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json("Pirate", "https://p.example.org", freshAddress(), "")))
                .andExpect(status().isForbidden());
        http.perform(multipart(HttpMethod.PUT, location + "/logo")
                        .file(new MockMultipartFile("file", "l.png", "image/png", TestImages.png()))
                        .with(httpBasic("alice", "demo")))
                .andExpect(status().isForbidden());
        http.perform(get(PARTNERS)).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownPartnerIsNotFound() throws Exception {
        http.perform(get(PARTNERS + "/" + UUID.randomUUID()).with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("partner.unknown"));
        http.perform(get("/api/v1/partners/{id}/logo", UUID.randomUUID()))
                .andExpect(status().isNotFound());
    }

    private String create() throws Exception {
        return http.perform(asAdmin(post(PARTNERS)).content(json("Logo", "https://logo.example.org",
                        freshAddress(), "")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
    }

    private static MockHttpServletRequestBuilder logoUpload(String location, String name, String type, byte[] body) {
        return multipart(HttpMethod.PUT, location + "/logo").file(new MockMultipartFile("file", name, type, body))
                .with(httpBasic("admin", "demo"));
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON);
    }

    private static String json(String name, String website, String email, String description) {
        return """
                {"name": "%s", "website": "%s", "email": "%s", "description": "%s"}"""
                .formatted(name, website, email, description);
    }

    private static String freshAddress() {
        return "partner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
