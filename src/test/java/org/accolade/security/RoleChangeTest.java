package org.accolade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import org.accolade.People;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.Role;
import org.accolade.web.ClockedApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A signed-in session follows the member's roles as they are now, not as they were when the member signed in. */
@ClockedApplicationTest
class RoleChangeTest {

    private static final String ADMIN_ONLY = "/api/v1/admin/endorsement-requests";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;

    private MockMvc http;
    private People people;
    private Member admin;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
        admin = admin("Head");
    }

    @Test
    void aWithdrawnRoleStopsWorkingInTheSessionAtOnceAndAGrantedOneWorksAtOnce() throws Exception {
        Member deputy = admin("Deputy");
        MockHttpSession session = signIn(deputy);
        assertThat(status(ADMIN_ONLY, session)).isEqualTo(200);

        Membership deputyAdmin = Membership.admin(people.college());
        people.as(admin.email(), () -> members.withdraw(deputy.id(), deputyAdmin));
        assertThat(status(ADMIN_ONLY, session)).isEqualTo(403);
        assertThat(status("/api/v1/badge-classes", session)).as("still signed in, as a member").isEqualTo(200);

        people.as(admin.email(), () -> members.grant(deputy.id(), deputyAdmin));
        assertThat(status(ADMIN_ONLY, session)).isEqualTo(200);
    }

    @Test
    void aSessionEndsWhenItsAccountCanNoLongerSignIn() throws Exception {
        Member deputy = admin("Suspended");
        MockHttpSession session = signIn(deputy);
        assertThat(status(ADMIN_ONLY, session)).isEqualTo(200);

        // Accolade has no suspension screen yet: an account that may not sign in is one that is not ACTIVE.
        jdbc.update("update member set status = 'INVITED' where id = ?", deputy.id().value());

        assertThat(status(ADMIN_ONLY, session)).isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
    }

    private Member admin(String name) {
        return people.fresh(name, Locale.ENGLISH, Role.MEMBER, Role.ORGANISATION_ADMIN);
    }

    private MockHttpSession signIn(Member member) throws Exception {
        var result = http.perform(post("/login").param("username", member.email())
                .param("password", People.PASSWORD).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private int status(String path, MockHttpSession session) throws Exception {
        return http.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }
}
