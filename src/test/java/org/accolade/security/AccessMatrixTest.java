package org.accolade.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.accolade.People;
import org.accolade.community.Role;
import org.accolade.nomination.ui.MemberScreenTest;
import org.accolade.security.AccessRules.Audience;
import org.accolade.security.AccessRules.Endpoint;
import org.accolade.security.AccessRules.Persona;
import org.accolade.ui.KaribuTest;
import org.accolade.shell.LoginView;
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
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

/**
 * Every REST endpoint and every screen against the table of {@link AccessRules}. The endpoints and routes are read
 * from the application's own mappings, so a new one without a rule there fails; each is then called as each
 * persona: those the rule lets in are not refused (whatever else they get, never a 5xx), the others get 401 or 403
 * (or the login page and the not-allowed page on screens).
 */
class AccessMatrixTest extends KaribuTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private final Map<Persona, String[]> credentials = new EnumMap<>(Persona.class);

    @BeforeEach
    void personas() {
        credentials.put(Persona.MEMBER, new String[] {"alice", "demo"});
        credentials.put(Persona.JUROR, new String[] {"claire", "demo"});
        credentials.put(Persona.ORGANISATION_ADMIN, account("Iris", Role.MEMBER, Role.ORGANISATION_ADMIN));
        credentials.put(Persona.SYSTEM_ADMIN, account("Sam", Role.MEMBER, Role.SYSTEM_ADMIN));
    }

    @Test
    void everyEndpointHasARuleAndAnswersEachPersonaAsItSays() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : AccessRules.endpoints(mappings)) {
            Audience audience = AccessRules.ENDPOINTS.get(endpoint.key());
            if (audience == null) {
                wrong.add(endpoint.key() + ": no rule in the access matrix");
                continue;
            }
            for (Persona persona : Persona.values()) {
                int status = http.perform(request(endpoint, persona)).andReturn().getResponse().getStatus();
                String verdict = verdict(audience.lets(persona), persona, status);
                if (verdict != null) {
                    wrong.add(endpoint.key() + " as " + persona + ": " + status + ", " + verdict);
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
            Audience audience = AccessRules.SCREENS.get(template);
            if (audience == null) {
                wrong.add("/" + template + ": no rule in the access matrix");
                continue;
            }
            for (Persona persona : Persona.values()) {
                String outcome = open(template, view, persona, audience.lets(persona));
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

    private MockHttpServletRequestBuilder request(Endpoint endpoint, Persona persona) {
        String verb = endpoint.verb();
        String path = endpoint.pattern().replace("**", "nope").replace("{token}", "unknown-token")
                .replace("{list}", "0")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpMethod method = verb.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(verb);
        MockHttpServletRequestBuilder request = endpoint.multipart()
                ? MockMvcRequestBuilders.multipart(method, path)
                        .file(new MockMultipartFile("file", "image.png", "image/png", new byte[] {1, 2, 3}))
                : MockMvcRequestBuilders.request(method, path);
        if (!endpoint.multipart() && (method == HttpMethod.POST || method == HttpMethod.PUT)) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
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
        people.account(address, name, Locale.ENGLISH, roles);
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
