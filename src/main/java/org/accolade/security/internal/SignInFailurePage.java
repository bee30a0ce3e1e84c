package org.accolade.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login screen after a failed sign-in with the form: {@code ?error} for a wrong password, or
 * {@code ?throttled=<minutes>} when sign-ins are refused for a while, so that the screen can say how long to wait.
 */
class SignInFailurePage implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String query = exception instanceof SignInThrottled throttled
                ? "?throttled=" + throttled.attempt().retryAfterMinutes() : "?error";
        redirect.sendRedirect(request, response, SecurityConfiguration.LOGIN_VIEW + query);
    }
}
