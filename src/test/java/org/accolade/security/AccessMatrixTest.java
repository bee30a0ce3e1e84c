package org.accolade.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.accolade.People;
import org.accolade.community.NewAccount;
import org.accolade.community.Role;
import org.accolade.nomination.ui.MemberScreenTest;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.LoginView;
import org.accolade.ui.NotAllowedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

/**
 * Who may call every REST endpoint and open every screen, as one table. The endpoints and routes are read from the
 * application's own mappings, so a new one without a rule here fails; each is then called as each persona: those
 * the rule lets in are not refused (whatever else they get, never a 5xx), the others get 401 or 403 (or the login
 * page and the not-allowed page on screens).
 */
class AccessMatrixTest extends KaribuTest {

    enum Persona { ANONYMOUS, MEMBER, JUROR, ISSUER_ADMIN, SYSTEM_ADMIN }

    enum Audience {
        ANYONE(EnumSet.allOf(Persona.class)),
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Persona.ANONYMOUS))),
        ISSUER_ADMINS(EnumSet.of(Persona.ISSUER_ADMIN)),
        SYSTEM_ADMINS(EnumSet.of(Persona.SYSTEM_ADMIN)),
        NOBODY(EnumSet.noneOf(Persona.class));

        private final Set<Persona> personas;

        Audience(Set<Persona> personas) {
            this.personas = personas;
        }
    }

    /** Method and path pattern as Spring MVC maps them; an empty method set is listed as ANY. */
    private static final Map<String, Audience> ENDPOINTS = Map.ofEntries(
            entry("ANY /api/**", Audience.SIGNED_IN),
            entry("ANY /ob/**", Audience.ANYONE),
            entry("ANY /error", Audience.ANYONE),
            entry("POST /connect/{endpoint}/{method}", Audience.NOBODY),
            entry("GET /v3/api-docs", Audience.ANYONE),
            entry("GET /v3/api-docs.yaml", Audience.ANYONE),
            entry("GET /v3/api-docs/swagger-config", Audience.ANYONE),
            entry("GET /swagger-ui.html", Audience.ANYONE),
            entry("GET /api/v1/badge-classes", Audience.SIGNED_IN),
            entry("GET /api/v1/badge-classes/{id}/image", Audience.ANYONE),
            entry("GET /api/v1/issuers/{id}/logo", Audience.ANYONE),
            entry("PUT /api/v1/admin/issuers/{id}/logo", Audience.ISSUER_ADMINS),
            entry("POST /api/v1/admin/issuers/{id}/keys/rotate", Audience.ISSUER_ADMINS),
            entry("GET /api/v1/invitations/{token}", Audience.ANYONE),
            entry("POST /api/v1/invitations/{token}", Audience.ANYONE),
            entry("GET /api/v1/admin/partners", Audience.ISSUER_ADMINS),
            entry("POST /api/v1/admin/partners", Audience.ISSUER_ADMINS),
            entry("GET /api/v1/admin/partners/{id}", Audience.ISSUER_ADMINS),
            entry("PUT /api/v1/admin/partners/{id}", Audience.ISSUER_ADMINS),
            entry("PUT /api/v1/admin/partners/{id}/logo", Audience.ISSUER_ADMINS),
            entry("GET /api/v1/partners/{id}/logo", Audience.ANYONE),
            entry("GET /api/v1/endorsements/{token}", Audience.ANYONE),
            entry("POST /api/v1/endorsements/{token}", Audience.ANYONE),
            entry("GET /api/v1/admin/endorsement-requests", Audience.ISSUER_ADMINS),
            entry("POST /api/v1/admin/endorsement-requests", Audience.ISSUER_ADMINS),
            entry("POST /api/v1/admin/endorsement-requests/{id}/cancel", Audience.ISSUER_ADMINS),
            entry("POST /api/v1/admin/endorsement-requests/{id}/resend", Audience.ISSUER_ADMINS),
            entry("GET /api/v1/admin/outbox", Audience.ISSUER_ADMINS),
            entry("POST /api/v1/admin/outbox/{id}/resend", Audience.ISSUER_ADMINS),
            entry("GET /api/v1/assertions", Audience.SIGNED_IN),
            entry("POST /api/v1/assertions/{id}/revoke", Audience.ISSUER_ADMINS),
            entry("GET /api/v1/nominations", Audience.SIGNED_IN),
            entry("POST /api/v1/nominations", Audience.SIGNED_IN),
            entry("GET /api/v1/nominations/{id}", Audience.SIGNED_IN),
            entry("GET /api/v1/tasks", Audience.SIGNED_IN),
            entry("GET /api/v1/tasks/{id}", Audience.SIGNED_IN),
            entry("POST /api/v1/tasks/{id}/claim", Audience.SIGNED_IN),
            entry("POST /api/v1/tasks/{id}/unclaim", Audience.SIGNED_IN),
            entry("POST /api/v1/tasks/{id}/complete", Audience.SIGNED_IN),
            entry("POST /api/v1/verify", Audience.ANYONE),
            entry("GET /ob/v2/assertions/{id}", Audience.ANYONE),
            entry("GET /ob/v2/assertions/{id}/image.png", Audience.ANYONE),
            entry("GET /ob/v2/assertions/{id}/image.svg", Audience.ANYONE),
            entry("GET /ob/v2/badges/{id}", Audience.ANYONE),
            entry("GET /ob/v2/endorsements/{id}", Audience.ANYONE),
            entry("GET /ob/v2/issuers/{id}", Audience.ANYONE),
            entry("GET /ob/v2/issuers/{id}/keys/{keyId}", Audience.ANYONE),
            entry("GET /ob/v2/issuers/{id}/revocations", Audience.ANYONE),
            entry("GET /ob/v3/credentials/{id}", Audience.ANYONE),
            entry("GET /ob/v3/credentials/{id}.jwt", Audience.ANYONE),
            entry("GET /ob/v3/credentials/{id}/image.png", Audience.ANYONE),
            entry("GET /ob/v3/credentials/{id}/image.svg", Audience.ANYONE),
            entry("GET /ob/v3/endorsements/{id}", Audience.ANYONE),
            entry("GET /ob/v3/issuers/{id}/did.json", Audience.ANYONE),
            entry("GET /ob/v3/issuers/{id}/status/{list}", Audience.ANYONE),
            entry("GET /ob/v3/partners/{id}/did.json", Audience.ANYONE));

    /** Route templates as declared by {@code @Route}. */
    private static final Map<String, Audience> SCREENS = Map.ofEntries(
            entry("", Audience.SIGNED_IN),
            entry("welcome", Audience.SIGNED_IN),
            entry("catalog", Audience.SIGNED_IN),
            entry("nominate", Audience.SIGNED_IN),
            entry("nominations", Audience.SIGNED_IN),
            entry("nominations/:id", Audience.SIGNED_IN),
            entry("tasks", Audience.SIGNED_IN),
            entry("tasks/:taskId", Audience.SIGNED_IN),
            entry("my-badges", Audience.SIGNED_IN),
            entry("admin/assertions", Audience.ISSUER_ADMINS),
            entry("admin/badge-classes", Audience.ISSUER_ADMINS),
            entry("admin/badge-classes/:id", Audience.ISSUER_ADMINS),
            entry("admin/endorsement-requests", Audience.ISSUER_ADMINS),
            entry("admin/members", Audience.ISSUER_ADMINS),
            entry("admin/outbox", Audience.ISSUER_ADMINS),
            entry("admin/partners", Audience.ISSUER_ADMINS),
            entry("cockpit", Audience.SYSTEM_ADMINS),
            entry("login", Audience.ANYONE),
            entry("verify", Audience.ANYONE),
            entry("badge-classes/:badgeClassId", Audience.ANYONE),
            entry("badges/:assertionId", Audience.ANYONE),
            entry("endorse/:token", Audience.ANYONE),
            entry("invite/:token", Audience.ANYONE));

    @Autowired
    private WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private final Map<Persona, String[]> credentials = new java.util.EnumMap<>(Persona.class);

    @BeforeEach
    void personas() {
        credentials.put(Persona.MEMBER, new String[] {"alice", "demo"});
        credentials.put(Persona.JUROR, new String[] {"claire", "demo"});
        credentials.put(Persona.ISSUER_ADMIN, account("Iris", Role.MEMBER, Role.ISSUER_ADMIN));
        credentials.put(Persona.SYSTEM_ADMIN, account("Sam", Role.MEMBER, Role.SYSTEM_ADMIN));
    }

    @Test
    void everyEndpointHasARuleAndAnswersEachPersonaAsItSays() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        List<String> wrong = new ArrayList<>();
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            for (String endpoint : endpoints(mapping.getKey())) {
                Audience audience = ENDPOINTS.get(endpoint);
                if (audience == null) {
                    wrong.add(endpoint + ": no rule in the access matrix");
                    continue;
                }
                for (Persona persona : Persona.values()) {
                    int status;
                    try {
                        status = http.perform(request(endpoint, mapping.getKey(), persona)).andReturn()
                                .getResponse().getStatus();
                    } catch (Exception e) {
                        throw new AssertionError(endpoint + " as " + persona, e);
                    }
                    String verdict = verdict(audience.personas.contains(persona), persona, status);
                    if (verdict != null) {
                        wrong.add(endpoint + " as " + persona + ": " + status + ", " + verdict);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyScreenHasARuleAndOpensOnlyForItsAudience() {
        List<String> wrong = new ArrayList<>();
        for (Class<? extends Component> view : views()) {
            String template = view.getAnnotation(Route.class).value();
            Audience audience = SCREENS.get(template);
            if (audience == null) {
                wrong.add("/" + template + ": no rule in the access matrix");
                continue;
            }
            for (Persona persona : Persona.values()) {
                String outcome = open(template, view, persona, audience.personas.contains(persona));
                if (outcome != null) {
                    wrong.add("/" + template + " as " + persona + ": " + outcome);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String verdict(boolean allowed, Persona persona, int status) {
        if (status >= 500) {
            return "a server error";
        }
        if (allowed) {
            return status == 401 || status == 403 ? "refused though the rule lets them in" : null;
        }
        int expected = persona == Persona.ANONYMOUS ? 401 : 403;
        return status == expected ? null : "expected " + expected;
    }

    private String open(String template, Class<? extends Component> view, Persona persona, boolean allowed) {
        signOut();
        if (persona != Persona.ANONYMOUS) {
            signIn(credentials.get(persona)[0]);
        }
        MemberScreenTest.pageLoads();
        UI.getCurrent().navigate(template.replaceAll(":[A-Za-z]+", UUID.randomUUID().toString()));
        boolean toLogin = MemberScreenTest.pageLoads().contains("/login")
                || view != LoginView.class && !_find(LoginView.class).isEmpty();
        boolean notAllowed = !_find(NotAllowedView.class).isEmpty();
        boolean refused = toLogin || notAllowed;
        if (allowed) {
            return refused ? "refused though the rule lets them in" : null;
        }
        if (persona == Persona.ANONYMOUS) {
            return toLogin ? null : "not sent to the login page";
        }
        return notAllowed && _find(view).isEmpty() ? null : "not refused";
    }

    private static void signOut() {
        SecurityContextHolder.clearContext();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    private static List<String> endpoints(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> verbs = methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
        return info.getPatternValues().stream()
                .flatMap(pattern -> verbs.stream().map(verb -> verb + " " + pattern)).distinct().toList();
    }

    private MockHttpServletRequestBuilder request(String endpoint, RequestMappingInfo info, Persona persona) {
        String verb = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("**", "nope").replace("{token}", "unknown-token").replace("{list}", "0")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpMethod method = verb.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(verb);
        boolean multipart = info.getConsumesCondition().getConsumableMediaTypes()
                .contains(MediaType.MULTIPART_FORM_DATA);
        MockHttpServletRequestBuilder request = multipart
                ? MockMvcRequestBuilders.multipart(method, path)
                        .file(new MockMultipartFile("file", "image.png", "image/png", new byte[] {1, 2, 3}))
                : MockMvcRequestBuilders.request(method, path);
        if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            if (!multipart) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        if (persona == Persona.ANONYMOUS) {
            return request.with(csrf());
        }
        String[] login = credentials.get(persona);
        return request.with(httpBasic(login[0], login[1]));
    }

    private String[] account(String name, Role... roles) {
        String address = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        members.createAccount(new NewAccount(null, address, name, People.PASSWORD, Locale.ENGLISH, Set.of(roles)));
        return new String[] {address, People.PASSWORD};
    }

    private static List<Class<? extends Component>> views() {
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.accolade").scan()) {
            return scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class).stream()
                    .filter(Predicate.not(view -> view.getName().contains("Test")))
                    .<Class<? extends Component>>map(view -> view).toList();
        }
    }
}
