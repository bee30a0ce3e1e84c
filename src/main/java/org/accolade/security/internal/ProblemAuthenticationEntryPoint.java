package org.accolade.security.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.accolade.security.SignInThrottled;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * API callers without valid credentials get a 401 problem detail in their language, and the Basic challenge; those
 * whose sign-ins are throttled get a 429 with {@code Retry-After}, whatever the password they sent.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final ObjectMapper json;

    ProblemAuthenticationEntryPoint(MessageSource messages, LocaleResolver localeResolver, ObjectMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        ProblemDetail problem;
        if (exception instanceof SignInThrottled throttled) {
            long seconds = throttled.attempt().retryAfterSeconds();
            problem = problem(HttpStatus.TOO_MANY_REQUESTS, "access.sign-in-throttled", locale,
                    throttled.attempt().retryAfterMinutes());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        } else {
            problem = problem(HttpStatus.UNAUTHORIZED, "access.not-signed-in", locale);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Accolade\"");
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem." + code, arguments, locale));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.setProperty("code", code);
        return problem;
    }
}
