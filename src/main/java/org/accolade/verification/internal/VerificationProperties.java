package org.accolade.verification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code accolade.verification.*}: how far the verifier goes when it fetches another issuer's documents. Bounded in
 * time, size and hops, because the URLs come from whoever hands a badge in.
 */
@ConfigurationProperties("accolade.verification")
public record VerificationProperties(@DefaultValue("PT5S") Duration fetchTimeout,
        @DefaultValue("1048576") int maxDocumentBytes, @DefaultValue("3") int maxRedirects) {
}
