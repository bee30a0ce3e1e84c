package org.accolade.endorsement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.internal.SentMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The issuer admins ask a partner, list, resend and cancel requests through the API; nobody else may. */
@SharedApplicationTest
class EndorsementRequestApiTest {

    private static final String REQUESTS = "/api/v1/admin/endorsement-requests";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private PartnerService partners;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private SentMail sentMail;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    private MockMvc http;
    private People people;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
    }

    @Test
    void anAdminAsksAPartnerThenResendsAndCancelsTheRequest() throws Exception {
        PartnerOrganisation partner = freshPartner();
        String body = """
                {"partnerId":"%s","subjectType":"BADGE_CLASS","subjectId":"%s"}"""
                .formatted(partner.id().value(), badgeClasses.findByKey("citoyen").orElseThrow().id());

        String created = http.perform(post(REQUESTS).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = new ObjectMapper().readTree(created).asText();
        http.perform(get(REQUESTS).param("status", "PENDING").param("limit", "200").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Total-Count"))
                .andExpect(jsonPath("$[?(@.id == '%s')].status", id).value("PENDING"));
        http.perform(post(REQUESTS).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("partnerId"));
        http.perform(post(REQUESTS + "/{id}/resend", id).with(httpBasic("admin", "demo")))
                .andExpect(status().isNoContent());
        http.perform(post(REQUESTS + "/{id}/cancel", id).with(httpBasic("admin", "demo")))
                .andExpect(status().isNoContent());

        assertThat(sentMail.to(partner.email())).filteredOn(
                mail -> mail.template().equals(MailTemplate.ENDORSEMENT_REQUESTED.name())).hasSize(2);
        http.perform(get(REQUESTS).param("status", "CANCELLED").param("limit", "200")
                .with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[?(@.id == '%s')].status", id).value("CANCELLED"));
    }

    @Test
    void aPartnerIsWrittenToInItsOwnLanguage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PartnerOrganisation english = people.as("admin", () -> partners.create(new PartnerForm("Workshop " + suffix,
                "https://workshop.example.org", "workshop-" + suffix + "@example.org", null, Locale.ENGLISH)));
        String body = """
                {"partnerId":"%s","subjectType":"BADGE_CLASS","subjectId":"%s"}"""
                .formatted(english.id().value(), badgeClasses.findByKey("citoyen").orElseThrow().id());

        http.perform(post(REQUESTS).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());

        assertThat(sentMail.to(english.email())).singleElement().satisfies(mail -> {
            assertThat(mail.language()).isEqualTo("en");
            assertThat(mail.subject()).contains("invites you to endorse");
        });
    }

    @Test
    void aMissingSubjectIsNamedAndAMemberIsRefused() throws Exception {
        String body = """
                {"partnerId":"%s","subjectType":"BADGE_CLASS"}""".formatted(freshPartner().id().value());

        http.perform(post(REQUESTS).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("subjectId"));
        http.perform(post(REQUESTS).with(httpBasic("alice", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("}", ",\"subjectId\":\"" + badgeClasses.findByKey("citoyen").orElseThrow().id()
                        + "\"}"))).andExpect(status().isForbidden());
        http.perform(get(REQUESTS).with(httpBasic("alice", "demo"))).andExpect(status().isForbidden());
    }

    private PartnerOrganisation freshPartner() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return people.as("admin", () -> partners.create(new PartnerForm("Atelier " + suffix,
                "https://atelier.example.org", "atelier-" + suffix + "@example.org", null)));
    }
}
