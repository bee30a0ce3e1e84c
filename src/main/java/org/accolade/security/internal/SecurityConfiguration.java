package org.accolade.security.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC = { "/api/v1/invitations/**", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/actuator/health", "/error" };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint)
            throws Exception {
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .formLogin(withDefaults())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(entryPoint, api))
                // A Basic-authenticated call carries its credential in each request, so no CSRF token is needed;
                // invitation calls are anonymous and the token in the path is the credential.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getHeader("Authorization") != null,
                        new AntPathRequestMatcher("/api/v1/invitations/**")))
                .build();
    }
}
