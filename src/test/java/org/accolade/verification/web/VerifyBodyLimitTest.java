package org.accolade.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The bound on a JSON body holds whatever the client sends: 50 MB are never read, let alone held. */
class VerifyBodyLimitTest {

    private static final int LIMIT = 3 * 1024 * 1024;

    private final VerifyBodyLimit bodyLimit = new VerifyBodyLimit(DataSize.ofBytes(LIMIT));

    @Test
    void aBodyOverTheLimitIsReadNoFurtherThanTheLimitAndNamesItsField() {
        Generated body = new Generated("{\"jws\":\"", 50L * 1024 * 1024);

        assertThatThrownBy(() -> bodyLimit.beforeBodyRead(message(body), null, null, null))
                .isInstanceOfSatisfying(VerifyBodyTooLarge.class, tooLarge -> {
                    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(tooLarge.getBody().getProperties()).containsEntry("field", "jws");
                });
        assertThat(body.read).isEqualTo(LIMIT + 1L);
    }

    @Test
    void aBodyWithinTheLimitIsPassedOnWhole() throws IOException {
        Generated body = new Generated("{\"url\":\"https://example.org/", 1000);

        HttpInputMessage passed = bodyLimit.beforeBodyRead(message(body), null, null, null);

        assertThat(passed.getBody().readAllBytes()).hasSize(1000);
    }

    private static HttpInputMessage message(InputStream body) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return new HttpHeaders();
            }
        };
    }

    /** A JSON prefix and then 'a' up to {@code length} bytes, made as they are read and counted. */
    private static final class Generated extends InputStream {

        private final byte[] prefix;
        private final long length;
        private long read;

        Generated(String prefix, long length) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            return read < prefix.length ? prefix[(int) read++] : bump('a');
        }

        private int bump(char c) {
            read++;
            return c;
        }
    }
}
