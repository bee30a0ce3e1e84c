package org.accolade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.People;
import org.accolade.Recognitions;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.Membership;
import org.accolade.community.PartnerService;
import org.accolade.community.Role;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.PartnerRequests;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.security.AccessRules.Audience;
import org.accolade.security.AccessRules.Endpoint;
import org.accolade.tasks.TaskListService;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.vaadin.flow.component.UI;

/**
 * Organisation A (the demo collège) asked about organisation B's objects (the demo université): every endpoint and
 * every screen that takes an id, called with B's ids by each role of A (member, juror, admin) and by an operator who
 * is no admin of B. Nothing of B answers: 401, 403 or 404 only, no B secret in any answer or screen, and B's objects
 * are as they were afterwards. Public documents (Open Badges, the catalogue, the organisations) stay public.
 */
class CrossOrganisationAccessTest extends KaribuTest {

    private enum RoleInA { MEMBER, JUROR, ADMIN, OPERATOR }

    /** What B's nomination and request look like to B, to compare once A has tried everything. */
    private record StateOfB(String nomination, String assertion, String request, String mail) {
    }

    /** Bodies that would pass every check but the organisation's, so that only scoping can refuse them. */
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/v1/assertions/{id}/revoke", "{\"reason\": \"Revoked from another organisation.\"}",
            "POST /api/v1/tasks/{id}/complete", "{\"decision\": \"approve\", \"comment\": \"From elsewhere.\"}");
    /**
     * Reads of what the network shares: its catalogue, its organisations, its partners' directory (which every
     * organisation's admins also keep).
     */
    private static final Set<String> NETWORK_WIDE = Set.of("badge-classes", "organisations", "partners", "badges");
    /** What the operator may do to any organisation, being the network's operator. */
    private static final Set<String> OPERATOR_MAY = Set.of("PUT /api/v1/admin/organisations/{id}",
            "PUT /api/v1/admin/issuers/{id}/logo",
            "GET /api/v1/admin/organisations/{organisationId}/members",
            "POST /api/v1/admin/organisations/{organisationId}/members",
            "POST /api/v1/admin/organisations/{organisationId}/invitations",
            "PUT /api/v1/admin/organisations/{organisationId}/members/{memberId}/roles/{role}",
            "DELETE /api/v1/admin/organisations/{organisationId}/members/{memberId}/roles/{role}");
    private static final Pattern PLACEHOLDER = Pattern.compile("([a-z-]+)/\\{([A-Za-z]+)}");

    @Autowired
    private WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private PartnerService partners;
    @Autowired
    private SentMail sentMail;
    @Autowired
    private MailDelivery delivery;

    private final Map<RoleInA, String[]> credentials = new EnumMap<>(RoleInA.class);
    private final Map<String, String> objectsOfB = new HashMap<>();
    private final List<String> secretsOfB = new ArrayList<>();
    private Member nomineeOfB;
    private NominationDetails nominationOfB;

    @BeforeEach
    void organisationB() {
        credentials.put(RoleInA.MEMBER, new String[] {"alice", "demo"});
        credentials.put(RoleInA.JUROR, new String[] {"claire", "demo"});
        credentials.put(RoleInA.ADMIN, account("Iris", Role.MEMBER, Role.ORGANISATION_ADMIN));
        credentials.put(RoleInA.OPERATOR, account("Sam", Role.MEMBER, Role.SYSTEM_ADMIN));
        Recognitions recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
        BadgeClass tutorat = badgeClasses.findByKey("tutorat").orElseThrow();
        nomineeOfB = people.freshIn("Ulysse", Membership.member(people.university()));
        nominationOfB = recognitions.underReview("ursula", nomineeOfB, "tutorat");
        String task = recognitions.taskOf("victor", nominationOfB, RecognitionContract.REVIEW_NOMINATION).id();
        IssuedBadge badge = assertions.issue(IssueBadges.to(nomineeOfB, tutorat.id())).badge();
        PartnerRequests partnerRequests = new PartnerRequests(partners, sentMail, delivery, endorsements, people);
        // a partner of its own: A cannot cancel the request, so the next test's would find it still pending
        EndorsementRequestId request = people.as("ursula", () -> endorsements.request(
                partnerRequests.freshPartner("Musée").id(), EndorsedSubject.badgeClass(tutorat.id())));
        OutboxMessage mail = sentMail.to(nomineeOfB.email()).get(0);
        objectsOfB.putAll(Map.of("badge-classes", tutorat.id().toString(), "badges", tutorat.id().toString(),
                "nominations", nominationOfB.id().toString(), "tasks", task,
                "assertions", badge.id().toString(), "endorsement-requests", request.toString(),
                "outbox", mail.id().toString(), "issuers", people.university().toString(),
                "organisations", people.university().toString(),
                "partners", partnerRequests.demoPartner().id().toString()));
        objectsOfB.put("members", nomineeOfB.id().toString());
        objectsOfB.put("roles", "MEMBER");
        secretsOfB.addAll(List.of(nominationOfB.id().toString(), task, badge.id().toString(), request.toString(),
                mail.id().toString(), nomineeOfB.email(), Recognitions.NARRATIVE));
    }

    @Test
    void noEndpointGivesOrChangesAnythingOfAnotherOrganisation() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        StateOfB before = stateOfB();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : AccessRules.endpoints(mappings)) {
            Audience audience = AccessRules.ENDPOINTS.get(endpoint.key());
            if (audience == Audience.ANYONE || audience == Audience.NOBODY) {
                continue; // public documents, or closed to all
            }
            for (RoleInA role : RoleInA.values()) {
                String path = pathToB(endpoint, wrong);
                if (path == null) {
                    break;
                }
                MockHttpServletResponse response = http.perform(request(endpoint, path, role)).andReturn()
                        .getResponse();
                String verdict = verdict(endpoint, path, role, response);
                if (verdict != null) {
                    wrong.add(endpoint.key() + " as A's " + role + ": " + response.getStatus() + ", " + verdict);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(stateOfB()).as("B's objects after A tried everything").isEqualTo(before);
    }

    @Test
    void noScreenShowsAnotherOrganisationsNominationTaskOrBadgeClass() {
        List<String> wrong = new ArrayList<>();
        for (RoleInA role : RoleInA.values()) {
            for (String route : List.of("nominations/" + objectsOfB.get("nominations"),
                    "tasks/" + objectsOfB.get("tasks"), "admin/badge-classes/" + objectsOfB.get("badge-classes"),
                    "admin/assertions", "admin/endorsement-requests", "admin/outbox", "admin/members", "tasks")) {
                signIn(credentials.get(role)[0]);
                UI.getCurrent().navigate(route);
                List<String> texts = ScreenTexts.of(UI.getCurrent());
                secretsOfB.stream().filter(secret -> texts.stream().anyMatch(text -> text.contains(secret)))
                        .forEach(secret -> wrong.add("/" + route + " as A's " + role + " shows " + secret));
                if (route.startsWith("admin/badge-classes/") && texts.stream().anyMatch(t -> t.contains("Tutorat"))
                        && role != RoleInA.MEMBER) {
                    wrong.add("/" + route + " as A's " + role + " opens B's badge class editor");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The endpoint's path with each placeholder replaced by B's object of that kind; null when it has none. */
    private String pathToB(Endpoint endpoint, List<String> wrong) {
        Matcher placeholders = PLACEHOLDER.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (placeholders.find()) {
            String object = placeholders.group(2).equals("key") ? "universite"
                    : placeholders.group(2).equals("token") ? "unknown-token"
                    : objectsOfB.get(placeholders.group(1));
            if (object == null) {
                wrong.add(endpoint.key() + ": no object of B for " + placeholders.group(1));
                return null;
            }
            placeholders.appendReplacement(path, placeholders.group(1) + "/" + object);
        }
        placeholders.appendTail(path);
        return path.toString().replace("**", "nope");
    }

    private String verdict(Endpoint endpoint, String path, RoleInA role, MockHttpServletResponse response)
            throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            return "a server error";
        }
        if (role == RoleInA.OPERATOR && OPERATOR_MAY.contains(endpoint.key())) {
            return null; // the operator runs every organisation's profile and people, B's included
        }
        String body = response.getContentAsString();
        // a refusal names the address it refuses, which holds the id A sent: that id is no news to A
        List<String> leaked = secretsOfB.stream().filter(secret -> !path.contains(secret)).filter(body::contains)
                .toList();
        if (!leaked.isEmpty()) {
            return "leaks " + leaked;
        }
        boolean read = endpoint.verb().equals("GET") || endpoint.verb().equals("ANY");
        boolean aboutB = endpoint.pattern().contains("{");
        if (!aboutB || read && NETWORK_WIDE.contains(kind(endpoint))
                || role == RoleInA.ADMIN && kind(endpoint).equals("partners")) {
            return null;
        }
        return status == 401 || status == 403 || status == 404 ? null : "expected 401, 403 or 404";
    }

    private static String kind(Endpoint endpoint) {
        Matcher placeholder = PLACEHOLDER.matcher(endpoint.pattern());
        return placeholder.find() ? placeholder.group(1) : "";
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint, String path, RoleInA role) {
        HttpMethod method = endpoint.verb().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(endpoint.verb());
        MockHttpServletRequestBuilder request = endpoint.multipart()
                ? MockMvcRequestBuilders.multipart(method, path)
                        .file(new MockMultipartFile("file", "image.png", "image/png", new byte[] {1, 2, 3}))
                : MockMvcRequestBuilders.request(method, path);
        if (!endpoint.multipart() && (method == HttpMethod.POST || method == HttpMethod.PUT)) {
            request.contentType(MediaType.APPLICATION_JSON).content(BODIES.getOrDefault(endpoint.key(), "{}"));
        }
        String[] login = credentials.get(role);
        return request.with(httpBasic(login[0], login[1]));
    }

    private StateOfB stateOfB() {
        NominationDetails nomination = people.as("ursula", () -> nominations.get(
                new NominationId(nominationOfB.id())));
        return new StateOfB(nomination.status() + "/" + nomination.stage(),
                String.valueOf(people.as(nomineeOfB.email(), () -> assertions.heldByCaller()).get(0).isValidAt(
                        Instant.now())),
                people.as("ursula", () -> endorsements.page(null, 0, 50)).get(0).status().name(),
                sentMail.to(nomineeOfB.email()).get(0).status());
    }

    private String[] account(String name, Role... roles) {
        String address = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        people.account(address, name, Locale.ENGLISH, roles);
        return new String[] {address, People.PASSWORD};
    }
}
