package org.accolade.security.internal.cockpit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Camunda's container-based authentication asks this who is calling Cockpit: the operator signed in to Accolade
 * (Spring Security has run before), or nobody. Camunda creates it by its class name, so it finds
 * {@link CockpitOperators} in the application context of the request.
 */
public class CockpitAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                .getBean(CockpitOperators.class)
                .authenticate(request, engine)
                .map(AuthenticationResult::successful)
                .orElseGet(AuthenticationResult::unsuccessful);
    }

    /** No challenge: people sign in on Accolade's login page, which the menu's Cockpit entry comes from. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    }
}
