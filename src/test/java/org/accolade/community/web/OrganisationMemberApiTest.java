package org.accolade.community.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.Role;
import org.accolade.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An organisation's people through the API: its admin lists, adds, invites and changes them; another organisation
 * answers 404 as an unknown one, and nobody ends their own admin membership.
 */
@SharedApplicationTest
class OrganisationMemberApiTest {

    private static final String MEMBERS = "/api/v1/admin/organisations/{organisation}/members";
    private static final String ROLE = MEMBERS + "/{member}/roles/{role}";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    private MockMvc http;
    private People people;
    private Member iris;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
        iris = people.fresh("Iris", Locale.ENGLISH, Role.MEMBER, Role.ORGANISATION_ADMIN);
    }

    @Test
    void theCollegeAdminListsTheCollegesPeopleWithTheirRolesThere() throws Exception {
        http.perform(asIris(get(MEMBERS, people.college()).param("q", "alice@example.org")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").value("alice@example.org"))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$[0].roles").value(containsInAnyOrder("MEMBER")));
        http.perform(asIris(get(MEMBERS, people.college()).param("q", "@example.org").param("limit", "200")))
                .andExpect(jsonPath("$[*].email", not(hasItem("victor@example.org"))));
    }

    @Test
    void anotherOrganisationsPeopleAnswerAsIfItDidNotExist() throws Exception {
        Member victor = members.findByEmail("victor@example.org").orElseThrow();

        http.perform(asIris(get(MEMBERS, people.university())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("organisation.unknown"));
        http.perform(asIris(post(MEMBERS, people.university())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"bob@example.org\", \"role\": \"JUROR\"}"))
                .andExpect(status().isNotFound());
        http.perform(asIris(delete(ROLE, people.university(), victor.id(), "JUROR")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("organisation.unknown"));
        http.perform(asIris(get(MEMBERS, UUID.randomUUID())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("organisation.unknown"));
        assertThat(members.memberships(victor.id())).contains(Membership.juror(people.university()));
    }

    @Test
    void theCollegeAdminMakesBobAJurorOfTheCollegeThenEndsIt() throws Exception {
        Member bob = members.findByEmail("bob@example.org").orElseThrow();

        http.perform(asIris(post(MEMBERS, people.college())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"Bob@Example.org\", \"role\": \"JUROR\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(bob.id().toString()))
                .andExpect(jsonPath("$.roles").value(containsInAnyOrder("MEMBER", "JUROR")));
        assertThat(members.memberships(bob.id())).contains(Membership.juror(people.college()),
                Membership.member(people.university()));

        http.perform(asIris(delete(ROLE, people.college(), bob.id(), "JUROR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").value(containsInAnyOrder("MEMBER")));
        assertThat(members.memberships(bob.id())).doesNotContain(Membership.juror(people.college()));
    }

    @Test
    void refusalsNameTheirField() throws Exception {
        http.perform(asIris(post(MEMBERS, people.college())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"nobody-" + UUID.randomUUID() + "@example.org\", \"role\": \"JUROR\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("member.email.unknown"))
                .andExpect(jsonPath("$.field").value("email"));
        http.perform(asIris(post(MEMBERS, people.college())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"bob@example.org\", \"role\": \"CAPTAIN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("role"));
        http.perform(asIris(post(MEMBERS, people.college())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"not an address\", \"role\": \"MEMBER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("email"));
    }

    @Test
    void theCollegeAdminInvitesANewAddressIntoTheCollegeAsJuror() throws Exception {
        String address = "nora-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        http.perform(asIris(post("/api/v1/admin/organisations/{organisation}/invitations", people.college()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + address + "\", \"name\": \"Nora\", \"language\": \"fr\","
                                + " \"role\": \"JUROR\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVITED"));
        http.perform(asIris(get(MEMBERS, people.college()).param("q", address)))
                .andExpect(jsonPath("$[0].email").value(address));
    }

    @Test
    void nobodyEndsTheirOwnAdminMembership() throws Exception {
        http.perform(asIris(delete(ROLE, people.college(), iris.id(), "ADMIN")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("member.roles.own-admin"));
        assertThat(members.memberships(iris.id())).contains(Membership.admin(people.college()));
    }

    @Test
    void theSystemAdminGrantsInAnyOrganisationButAPlainMemberMayNot() throws Exception {
        Member uma = people.fresh("Uma");
        OrganisationId university = people.university();

        http.perform(put(ROLE, university, uma.id(), "MEMBER").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").value(containsInAnyOrder("MEMBER")));
        http.perform(get(MEMBERS, university).with(httpBasic("alice", "demo")))
                .andExpect(status().isForbidden());
        assertThat(members.memberships(uma.id())).contains(Membership.member(university));
    }

    private MockHttpServletRequestBuilder asIris(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(iris.email(), People.PASSWORD));
    }
}
