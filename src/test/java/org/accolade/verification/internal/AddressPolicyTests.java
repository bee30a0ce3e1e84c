package org.accolade.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10, item 8: the SSRF guard refuses every range that does not lead to a public host. */
class AddressPolicyTests {

    private final AddressPolicy policy = new AddressPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.255", "240.0.0.1", "255.255.255.255",
            "224.0.0.1", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "64:ff9b::a00:1", "64:ff9b::7f00:1",
            "64:ff9b:1::1", "2002:a00:1::1", "2002:7f00:1::1" })
    void refusesAddressesThatDoNotLeadToAPublicHost(String address) throws Exception {
        assertThat(policy.allows(InetAddress.getByName(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "198.17.255.255", "198.20.0.1", "100.63.255.255", "100.128.0.1",
            "223.255.255.1", "2606:2800:220:1:248:1893:25c8:1946", "2001:db9::1", "64:ff9a::1" })
    void allowsPublicAddresses(String address) throws Exception {
        assertThat(policy.allows(InetAddress.getByName(address))).as(address).isTrue();
    }
}
