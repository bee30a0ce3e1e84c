package org.accolade.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.Role;
import org.accolade.mail.internal.SentMail;
import org.accolade.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/** The organisations' API through the real security filters: everyone lists, the operator opens, admins edit. */
@SharedApplicationTest
class OrganisationApiTest {

    private static final String ADMIN_ORGANISATIONS = "/api/v1/admin/organisations";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private SentMail sentMail;

    private MockMvc http;
    private People people;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
    }

    @Test
    void anyoneListsTheNetworksOrganisationsByName() throws Exception {
        http.perform(get("/api/v1/organisations")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'college')].name").value("Collège démo des Trois-Clochers"))
                .andExpect(jsonPath("$[?(@.key == 'universite')].name").value("Université démo"));
        http.perform(get("/api/v1/organisations/universite")).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(people.university().toString()));
        http.perform(get("/api/v1/organisations/nowhere")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("This organisation does not exist."));
    }

    @Test
    void theOperatorOpensAnOrganisationWhoseFirstAdminIsInvited() throws Exception {
        String key = freshKey();
        String admin = "head-" + key + "@example.org";

        String created = http.perform(post(ADMIN_ORGANISATIONS).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(organisation(key, admin)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.name").value("Lycée " + key)).andReturn().getResponse().getContentAsString();

        Member invited = members.findByEmail(admin).orElseThrow();
        assertThat(invited.hasAccount()).isFalse();
        assertThat(sentMail.to(admin)).singleElement().satisfies(mail -> {
            assertThat(mail.template()).isEqualTo("MEMBER_INVITATION");
            assertThat(mail.subject()).endsWith("vous invite à rejoindre Lycée " + key);
            assertThat(mail.organisationId()).isEqualTo(UUID.fromString(JsonPath.read(created, "$.id")));
        });
    }

    @Test
    void aMemberOfTheNetworkNamedFirstAdminRunsTheNewOrganisationAtOnce() throws Exception {
        Member teacher = people.fresh("Teacher");
        String key = freshKey();

        String body = http.perform(post(ADMIN_ORGANISATIONS).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(organisation(key, teacher.email())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        String id = JsonPath.read(body, "$.id");
        assertThat(members.memberships(teacher.id())).contains(Membership.admin(
                new OrganisationId(UUID.fromString(id))));
        assertThat(members.get(teacher.id()).roles()).contains(Role.ORGANISATION_ADMIN);
    }

    @Test
    void onlyTheOperatorOpensOrganisations() throws Exception {
        http.perform(post(ADMIN_ORGANISATIONS).with(httpBasic("ursula", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(organisation(freshKey(), "x@example.org")))
                .andExpect(status().isForbidden());
        http.perform(post(ADMIN_ORGANISATIONS).with(httpBasic("alice", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(organisation(freshKey(), "x@example.org")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadKeyATakenKeyOrABadAdminAddressIsRefusedNamingItsFieldAndOpensNothing() throws Exception {
        create(organisation("Not A Key", "a@example.org")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("key"));
        create(organisation("college", "a@example.org")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("key"));
        String key = freshKey();
        create(organisation(key, "not an address")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("adminEmail"));
        http.perform(get("/api/v1/organisations/" + key)).andExpect(status().isNotFound());
    }

    @Test
    void anAdminEditsHerOrganisationAndAnotherOneIsUnknownToHer() throws Exception {
        http.perform(put(ADMIN_ORGANISATIONS + "/" + people.university()).with(httpBasic("ursula", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(profile("universite", "Université démo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Université démo"));
        http.perform(put(ADMIN_ORGANISATIONS + "/" + people.college()).with(httpBasic("ursula", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(profile("college", "Pris")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail")
                        .value("This organisation does not exist."));
        http.perform(put(ADMIN_ORGANISATIONS + "/" + people.university()).with(httpBasic("ursula", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(profile("univ", "Université démo")))
                .andExpect(status().isForbidden());
        http.perform(get("/api/v1/organisations/college")).andExpect(jsonPath("$.name")
                .value("Collège démo des Trois-Clochers"));
    }

    private ResultActions create(String body) throws Exception {
        return http.perform(post(ADMIN_ORGANISATIONS).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String freshKey() {
        return "lycee-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String organisation(String key, String adminEmail) {
        return """
                {"key": "%s", "name": "Lycée %s", "website": "https://%s.example.org",
                 "email": "contact@%s.example.org", "language": "fr", "adminEmail": "%s", "adminName": "Proviseure"}
                """.formatted(key, key, key, key, adminEmail);
    }

    private static String profile(String key, String name) {
        return """
                {"key": "%s", "name": "%s", "website": "https://universite.example.org",
                 "email": "contact@universite.example.org", "language": "fr",
                 "description": "Une université qui reconnaît l’engagement étudiant et l’entraide entre \
                étudiants."}
                """.formatted(key, name);
    }
}
