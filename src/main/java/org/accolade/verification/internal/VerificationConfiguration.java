package org.accolade.verification.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerificationProperties.class)
class VerificationConfiguration {

    /** Only public addresses: a test that serves documents on loopback declares its own, primary, policy. */
    @Bean
    AddressPolicy addressPolicy() {
        return new AddressPolicy(false);
    }
}
