package org.accolade.security.internal.cockpit;

import java.util.Map;

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
 * Cockpit for operators without a second sign-in. Spring Security has already admitted only operators
 * (SYSTEM_ADMIN) to the webapps' path; Camunda's container-based authentication filter then turns the operator
 * into a Camunda authentication in the session, through {@link CockpitAuthenticationProvider}, before Camunda's
 * own filters run.
 */
@Configuration(proxyBeanMethods = false)
class CockpitConfiguration {

    /** Right after Spring Security's filter chain, so that the security context is there. */
    private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

    /** Camunda user ids are the names operators sign in with: a username, or an email address. */
    static final String USER_ID_PATTERN = "[a-zA-Z0-9@._+-]+|camunda-admin";

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSingleSignOn(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Accolade Cockpit single sign-on");
        registration.setInitParameters(Map.of("authentication-provider",
                CockpitAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(webappPath + "/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
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
