package org.accolade.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Optional;

import org.accolade.shared.PublicLinks;
import org.accolade.verification.internal.AddressPolicy;
import org.accolade.verification.internal.DocumentFetcher;
import org.accolade.verification.internal.FetchException;
import org.accolade.verification.internal.FetchException.Reason;
import org.accolade.verification.internal.VerificationProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The documents of one verification share one time limit: a fetch ends at the verification's deadline when that is
 * sooner than its own timeout, and once the deadline has passed nothing more is fetched.
 */
class FetchTimeLimitTests {

    private final BadgeServer server = BadgeServer.start();
    private final DocumentFetcher fetcher = new DocumentFetcher(new AddressPolicy(true),
            new VerificationProperties(Duration.ofSeconds(10), 4096, 3, Duration.ofSeconds(20)),
            new PublicLinks("http://localhost:8080"), uri -> Optional.empty());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aSlowHostIsGivenUpAtTheVerificationsDeadlineNotAtItsOwnTimeout() {
        server.hang("/slow");
        long start = System.nanoTime();

        FetchException late = catchThrowableOfType(
                () -> fetcher.fetch(server.url("/slow"), start + Duration.ofMillis(500).toNanos()),
                FetchException.class);

        assertThat(late.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void nothingIsFetchedOnceTheDeadlineHasPassed() {
        server.json("/assertion", "{}");

        FetchException late = catchThrowableOfType(() -> fetcher.fetch(server.url("/assertion"), System.nanoTime()),
                FetchException.class);

        assertThat(late.reason()).as("from a server that answers at once").isEqualTo(Reason.TIMEOUT);
    }
}
