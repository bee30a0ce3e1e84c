package org.accolade.verification.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Bounds the JSON body of {@code POST /api/v1/verify}, which anyone may send. Nothing else bounds a raw body (the
 * multipart limits apply to uploads only), and Jackson would read 50 MB into memory before the controller could
 * refuse it. The body is read up to the limit and no further; over it, the request is refused with 413 naming the
 * field the limit fell in. The limit is the one uploads have, {@code spring.servlet.multipart.max-request-size}.
 */
@ControllerAdvice(assignableTypes = VerificationController.class)
class VerifyBodyLimit extends RequestBodyAdviceAdapter {

    private final int limit;

    VerifyBodyLimit(@Value("${spring.servlet.multipart.max-request-size:3MB}") DataSize limit) {
        this.limit = (int) Math.min(Integer.MAX_VALUE - 1, limit.toBytes());
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readNBytes(limit + 1);
        if (body.length > limit) {
            throw new VerifyBodyTooLarge(limit, JsonFields.fieldAt(body));
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
