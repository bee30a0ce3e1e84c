package org.accolade.security.internal.cockpit;

import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Cockpit for operators without a second sign-in. Spring Security has already required a session for the
 * webapps' path; then, in this order, before Camunda's own filters:
 * <ol>
 * <li>anyone but an operator is refused outright, which also keeps Camunda's first-user setup page and its own
 * login form out of reach of ordinary members;</li>
 * <li>Camunda's container-based authentication filter turns the operator into a Camunda authentication in the
 * session, through {@link CockpitAuthenticationProvider}.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class CockpitConfiguration {

    /** Right after Spring Security's filter chain, so that the security context is there. */
    private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    /** Camunda user ids are the names operators sign in with: a username, or an email address. */
    static final String USER_ID_PATTERN = "[a-zA-Z0-9@._+-]+|camunda-admin";

    @Bean
    FilterRegistrationBean<Filter> cockpitOperatorsOnly(CockpitOperators operators,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        Filter filter = (request, response, chain) -> {
            if (operators.signedInOperator().isPresent()) {
                chain.doFilter(request, response);
            } else {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("Accolade Cockpit operators only");
        registration.addUrlPatterns(webappPath + "/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSingleSignOn(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Accolade Cockpit single sign-on");
        registration.setInitParameters(Map.of("authentication-provider",
                CockpitAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(webappPath + "/*");
        registration.setOrder(AFTER_SPRING_SECURITY + 1);
        return registration;
    }

    /** Camunda accepts only letters and digits in user ids unless told otherwise; operators may sign in by email. */
    @Bean
    ProcessEnginePlugin cockpitUserIds() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setUserResourceWhitelistPattern(USER_ID_PATTERN);
            }
        };
    }
}
