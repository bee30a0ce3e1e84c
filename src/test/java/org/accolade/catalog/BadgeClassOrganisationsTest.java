package org.accolade.catalog;

import static org.accolade.catalog.BadgeClassServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.shared.images.ImageUpload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Badge classes in a network of two organisations (ADR 17), through the service and the API: the demo collège
 * (admin {@code admin}) and université (admin {@code ursula}). Each admin sees and changes only their own; the
 * other's answer 404 as unknown ones. The catalogue stays the whole network's, filtered by organisation on demand.
 */
@SharedApplicationTest
class BadgeClassOrganisationsTest {

    private static final String ADMIN_API = "/api/v1/admin/badge-classes";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private JuryService juries;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private ObjectMapper json;

    private MockMvc http;
    private People people;
    private Member collegeJuror;
    private Member universityJuror;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
        collegeJuror = people.fresh("Colette");
        universityJuror = people.freshIn("Ugo", Membership.member(people.university()));
    }

    @Test
    void theCollegesAdminFindsAUniversityBadgeClassAsUnknownAsAMissingOne() {
        BadgeClass tutorat = badgeClasses.findByKey("tutorat").orElseThrow();
        FormBuilder form = FormBuilder.juredBy(collegeJuror.id());
        form.key = tutorat.key();
        var png = new ImageUpload("badge.png", BadgeImage.PNG, TestImages.png());

        Stream.<Runnable>of(
                () -> badgeClasses.form(tutorat.id()),
                () -> badgeClasses.update(tutorat.id(), form.build()),
                () -> badgeClasses.publish(tutorat.id()),
                () -> badgeClasses.archive(tutorat.id()),
                () -> badgeClasses.uploadImage(tutorat.id(), png))
                .forEach(call -> assertRefused(() -> people.as("admin", call), "badge-class.unknown",
                        "badgeClassId"));
        assertThat(badgeClasses.get(tutorat.id())).isEqualTo(tutorat);
    }

    @Test
    void theUniversitysBadgeClassAnswers404ThroughTheAdminApiToTheCollegesAdminOnly() throws Exception {
        String tutorat = badgeClasses.findByKey("tutorat").orElseThrow().id().toString();
        String form = json.writeValueAsString(FormBuilder.juredBy(collegeJuror.id()).build());

        for (MockHttpServletRequestBuilder request : List.of(get(ADMIN_API + "/{id}", tutorat),
                put(ADMIN_API + "/{id}", tutorat).content(form), post(ADMIN_API + "/{id}/publish", tutorat),
                post(ADMIN_API + "/{id}/archive", tutorat))) {
            http.perform(as("admin", request))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("badge-class.unknown"));
        }
        http.perform(as("ursula", get(ADMIN_API + "/{id}", tutorat)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.audience").value("NETWORK"))
                .andExpect(jsonPath("$.organisationId").value(people.university().toString()));
    }

    @Test
    void eachAdminListsOnlyTheirOrganisationsBadgeClasses() throws Exception {
        List<BadgeClassSummary> college = people.as("admin", () -> badgeClasses.page(null, 0, 1000));
        List<BadgeClassSummary> university = people.as("ursula", () -> badgeClasses.page(null, 0, 1000));

        assertThat(college).hasSize(people.as("admin", () -> badgeClasses.count(null)))
                .allMatch(line -> line.organisationId().equals(people.college()))
                .extracting(BadgeClassSummary::key).contains("citoyen", "sentinelle").doesNotContain("tutorat");
        assertThat(university).hasSize(people.as("ursula", () -> badgeClasses.count(null)))
                .allMatch(line -> line.organisationId().equals(people.university()))
                .extracting(BadgeClassSummary::key).contains("engagement-etudiant", "tutorat")
                .doesNotContain("citoyen");
        assertThat(people.as("ursula", () -> badgeClasses.names())).containsValue("Tutorat")
                .doesNotContainValue("Citoyen");
        assertThat(people.as("ursula", () -> badgeClasses.tags())).contains("tutorat").doesNotContain("citoyen");
        http.perform(as("ursula", get(ADMIN_API).param("limit", "1000")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", String.valueOf(university.size())))
                .andExpect(jsonPath("$[*].key", hasItems("engagement-etudiant", "tutorat")))
                .andExpect(jsonPath("$[*].key", not(hasItem("citoyen"))))
                .andExpect(jsonPath("$[*].organisationId", everyItem(is(people.university().toString()))));
    }

    @Test
    void aNewBadgeClassBelongsToTheOrganisationChosenAmongTheAdminsOwnAndStaysThere() {
        Member twoHats = people.freshIn("Hana", Membership.admin(people.college()),
                Membership.member(people.college()), Membership.admin(people.university()),
                Membership.member(people.university()));
        FormBuilder form = FormBuilder.juredBy(universityJuror.id());

        assertRefused(() -> people.as(twoHats.email(), () -> badgeClasses.create(form.build())),
                "badge-class.required", "organisationId");
        form.organisationId = people.university();
        assertRefused(() -> asAdmin(() -> badgeClasses.create(form.build())), "organisation.unknown",
                "organisationId");
        BadgeClass created = people.as(twoHats.email(), () -> badgeClasses.create(form.build()));

        assertThat(created.issuerId()).isEqualTo(people.university());
        assertThat(juries.organisationOf(created.review().jury())).isEqualTo(people.university());
        assertThat(people.as(twoHats.email(), () -> badgeClasses.organisations())).extracting(Issuer::id)
                .containsExactlyInAnyOrder(people.college(), people.university());
        form.organisationId = people.college();
        assertRefused(() -> people.as(twoHats.email(), () -> badgeClasses.update(created.id(), form.build())),
                "badge-class.organisation.fixed", "organisationId");
        assertThat(asAdmin(() -> badgeClasses.create(FormBuilder.juredBy(collegeJuror.id()).build())).issuerId())
                .isEqualTo(people.college());
    }

    @Test
    void jurorsWhoAreNotMembersOfTheBadgeClasssOrganisationAreRefused() {
        int before = asAdmin(() -> badgeClasses.count(null));
        assertRefused(() -> asAdmin(() -> badgeClasses.create(FormBuilder.juredBy(universityJuror.id()).build())),
                "badge-class.jurors.outside", "jurors");
        assertThat(asAdmin(() -> badgeClasses.count(null))).isEqualTo(before);

        FormBuilder form = FormBuilder.juredBy(collegeJuror.id());
        BadgeClass created = asAdmin(() -> badgeClasses.create(form.build()));
        form.key = created.key();
        form.jurors = java.util.Set.of(collegeJuror.id(), universityJuror.id());
        assertRefused(() -> asAdmin(() -> badgeClasses.update(created.id(), form.build())),
                "badge-class.jurors.outside", "jurors");
        assertThat(juries.members(badgeClasses.get(created.id()).review().jury()))
                .containsExactly(collegeJuror.id());
    }

    @Test
    void theAudienceAndTheOrganisationRoundTripThroughTheApi() throws Exception {
        FormBuilder form = FormBuilder.juredBy(collegeJuror.id());
        form.audience = Audience.ORGANISATION;
        String location = http.perform(as("admin", post(ADMIN_API).content(json.writeValueAsString(form.build()))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.audience").value("ORGANISATION"))
                .andExpect(jsonPath("$.organisationId").value(people.college().toString()))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String id = location.substring(location.lastIndexOf('/') + 1);
        String read = http.perform(as("admin", get(location)))
                .andExpect(jsonPath("$.audience").value("ORGANISATION"))
                .andReturn().getResponse().getContentAsString();

        assertThat(json.readValue(read, BadgeClassForm.class))
                .isEqualTo(asAdmin(() -> badgeClasses.form(BadgeClassId.of(id))));
        String network = read.replace("\"ORGANISATION\"", "\"NETWORK\"");
        http.perform(as("admin", put(location).content(network)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.audience").value("NETWORK"));
        http.perform(as("admin", post(location + "/publish"))).andExpect(jsonPath("$.status").value("PUBLISHED"));

        http.perform(get("/api/v1/badge-classes").param("organisation", "college").with(httpBasic("alice", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].audience").value("NETWORK"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].organisationId").value(people.college().toString()));
    }

    @Test
    void theCatalogueShowsOneOrganisationsBadgesByItsKeyAndRefusesAnUnknownKey() throws Exception {
        assertThat(badgeClasses.published("universite")).isNotEmpty()
                .allMatch(badge -> badge.issuerId().equals(people.university()))
                .extracting(BadgeClass::key).contains("tutorat");
        assertThat(badgeClasses.published(people.college())).extracting(BadgeClass::key).contains("citoyen")
                .doesNotContain("tutorat");

        http.perform(get("/api/v1/badge-classes").param("organisation", "universite")
                        .with(httpBasic("alice", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItems("engagement-etudiant", "tutorat")))
                .andExpect(jsonPath("$[*].organisationId", everyItem(is(people.university().toString()))));
        http.perform(get("/api/v1/badge-classes").param("organisation", "nowhere").with(httpBasic("alice", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("catalog.organisation.unknown"))
                .andExpect(jsonPath("$.field").value("organisation"));
        http.perform(get("/api/v1/badge-classes").with(httpBasic("alice", "demo")))
                .andExpect(jsonPath("$[*].key", hasItems("citoyen", "tutorat")));
    }

    private <T> T asAdmin(Supplier<T> action) {
        return people.as("admin", action);
    }

    private static MockHttpServletRequestBuilder as(String login, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(login, "demo")).contentType(MediaType.APPLICATION_JSON);
    }
}
