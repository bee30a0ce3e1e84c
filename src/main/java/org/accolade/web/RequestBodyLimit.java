package org.accolade.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bounds every request body sent to the API ({@code /api/**}, {@code /ob/**}), which Jackson would otherwise read
 * whole into memory whatever its size: {@code accolade.web.max-body-size} for most calls, more for the few that take
 * a file ({@code accolade.web.larger-bodies} by path; uploads, as the multipart limit says). A body that declares a
 * larger length is refused with 413 before anything is read or signed in; one sent in chunks is read up to the limit
 * and no further ({@link BodyTooLarge}). First in line, before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@EnableConfigurationProperties(RequestBodyLimit.Limits.class)
class RequestBodyLimit extends OncePerRequestFilter {

    /** {@code accolade.web.*}: the default limit and the larger ones, by path pattern. */
    @ConfigurationProperties("accolade.web")
    record Limits(DataSize maxBodySize, Map<String, DataSize> largerBodies) {
    }

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final Limits limits;
    private final DataSize multipartLimit;
    private final ApiExceptionHandler problems;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    RequestBodyLimit(Limits limits, @Value("${spring.servlet.multipart.max-request-size}") DataSize multipartLimit,
            ApiExceptionHandler problems, LocaleResolver locales, ObjectMapper json) {
        this.limits = limits;
        this.multipartLimit = multipartLimit;
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.startsWith("/api/") || path.startsWith("/ob/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(limit, request, response);
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    long limitFor(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return multipartLimit.toBytes();
        }
        String path = path(request);
        return limits.largerBodies() == null ? limits.maxBodySize().toBytes()
                : limits.largerBodies().entrySet().stream().filter(larger -> PATHS.match(larger.getKey(), path))
                        .mapToLong(larger -> larger.getValue().toBytes()).findFirst()
                        .orElse(limits.maxBodySize().toBytes());
    }

    private void refuse(long limit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = problems.bodyTooLarge(new BodyTooLarge(limit), locales.resolveLocale(request));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // The client may still be sending: closing the connection is cheaper than reading what it sends.
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The request with its body readable up to the limit; one byte more fails the read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new BoundedStream(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        BoundedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = in.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = in.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws BodyTooLarge {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
