package org.accolade.security.internal;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Two chains sharing the HTTP session: the REST API (HTTP Basic or the session, problem details) and the Vaadin
 * screens (login view, view access control), under which also runs Camunda Cockpit for operators.
 */
@Configuration
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** Hilla's endpoint controller, which comes with Vaadin: Accolade has no Hilla endpoint, so nobody calls it. */
    private static final String HILLA_ENDPOINTS = "/connect/**";
    /** The API's paths, and /error where their failures are forwarded, so that a caller gets the problem. */
    private static final String[] API = { "/api/**", "/ob/**", "/error", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**", HILLA_ENDPOINTS };
    private static final String[] PUBLIC_API = { "/error", "/api/v1/invitations/**", "/api/v1/endorsements/**",
            "/api/v1/badge-classes/*/image", "/api/v1/partners/*/logo", "/api/v1/issuers/*/logo",
            "/api/v1/organisations", "/api/v1/organisations/*",
            "/ob/**", "/api/v1/verify",
            "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/health" };

    /** The shell's login screen, named by path so that security does not depend on the screens. */
    static final String LOGIN_VIEW = "/login";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The login form's and HTTP Basic's only provider: passwords checked within the limits on failed sign-ins. */
    @Bean
    ThrottledAuthenticationProvider throttledAuthentication(UserDetailsService users, PasswordEncoder encoder,
            SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            UserDetailsService users) throws Exception {
        return http.securityMatcher(paths(API))
                .addFilterAfter(new FreshAuthorities(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths(PUBLIC_API)).permitAll()
                        .requestMatchers(paths(HILLA_ENDPOINTS)).denyAll()
                        // also checked by the services; here too, so that a member's request is refused before
                        // its body is read
                        .requestMatchers(paths("/api/v1/admin/**")).hasAnyRole("ORGANISATION_ADMIN", "SYSTEM_ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                // A Basic-authenticated call carries its credential in each request, so no CSRF token is needed;
                // invitation and endorsement calls are anonymous and the token in the path is the credential;
                // verifying a badge is public and changes nothing.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getHeader("Authorization") != null,
                        new AntPathRequestMatcher("/api/v1/invitations/**"),
                        new AntPathRequestMatcher("/api/v1/endorsements/**"),
                        new AntPathRequestMatcher("/api/v1/verify")))
                .build();
    }

    /**
     * Plain path patterns: with two servlets (Spring MVC's and Vaadin's), patterns given as strings are resolved
     * against the MVC handler mappings, and /v3/api-docs then missed this chain.
     */
    private static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(AntPathRequestMatcher::new).toList());
    }

    @Bean
    @Order(2)
    SecurityFilterChain screenSecurity(HttpSecurity http, UserDetailsService users) throws Exception {
        http.addFilterAfter(new FreshAuthorities(users), SecurityContextHolderFilter.class);
        // Cockpit is for operators only, which also keeps Camunda's first-user setup page out of members' reach;
        // Cockpit and its REST API protect themselves against CSRF with their own token.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(new AntPathRequestMatcher("/camunda/**")).hasRole("SYSTEM_ADMIN"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(new AntPathRequestMatcher("/camunda/**")));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_VIEW)).build();
    }
}
