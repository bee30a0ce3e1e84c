package org.accolade.verification;

import org.accolade.verification.internal.AddressPolicy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For application tests whose issuer is a {@link BadgeServer} on 127.0.0.1, an address the application itself never
 * fetches: this policy, primary over the application's, allows loopback.
 */
@TestConfiguration
public class LoopbackIssuer {

    @Bean
    @Primary
    AddressPolicy loopbackAllowed() {
        return new AddressPolicy(true);
    }
}
