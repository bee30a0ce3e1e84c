package org.accolade.verification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code accolade.verification.*}: how far the verifier goes when it fetches another issuer's documents. Bounded in
 * time (per document and per verification), size and hops, because the URLs come from whoever hands a badge in.
 */
@ConfigurationProperties("accolade.verification")
public record VerificationProperties(@DefaultValue("PT5S") Duration fetchTimeout,
        @DefaultValue("1048576") int maxDocumentBytes, @DefaultValue("3") int maxRedirects,
        @DefaultValue("PT15S") Duration totalTimeout) {

    @ConstructorBinding
    public VerificationProperties {
    }

    /** Each document within {@code fetchTimeout}, all of one verification within three times that. */
    public VerificationProperties(Duration fetchTimeout, int maxDocumentBytes, int maxRedirects) {
        this(fetchTimeout, maxDocumentBytes, maxRedirects, fetchTimeout.multipliedBy(3));
    }
}
