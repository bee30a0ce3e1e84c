package org.accolade.ui;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.community.MemberService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

/**
 * Screens tested on the server with Karibu: the real application context (H2, demo data, services), a mocked
 * browser. Sign in as a demo person or a fresh member before navigating.
 */
@SharedApplicationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    protected MemberService members;
    @Autowired
    protected UserDetailsService users;

    protected People people;

    @BeforeAll
    static void discoverRoutes() {
        routes = accoladeRoutes();
    }

    /** Views are package-private (walking-skeleton style), which Karibu's own scan skips: found here too. */
    public static Routes accoladeRoutes() {
        Routes found = new Routes().autoDiscoverViews("org.accolade");
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.accolade").scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class)
                    .forEach(view -> found.getRoutes().add(view));
        }
        return found;
    }

    @BeforeEach
    void setUpVaadin() {
        people = new People(members, users);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs in as this person (username or email), for the services and for the views' access checks. */
    protected void signIn(String login) {
        UserDetails user = users.loadUserByUsername(login);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(role -> role.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected void speak(Locale language) {
        UI.getCurrent().setLocale(language);
        UI.getCurrent().getSession().setLocale(language);
    }
}
