package org.accolade.verification.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses the verifier may connect to. A badge names URLs chosen by whoever made it, so without this policy
 * it could make the server call its own admin ports, the cloud metadata service or the office network (server-side
 * request forgery): only public unicast addresses pass. Loopback can be allowed for tests that serve documents locally.
 */
public class AddressPolicy {

    /**
     * Ranges the JDK's predicates do not cover: 0/8, CGNAT 100.64/10, benchmarking 198.18/15, reserved 240/4 (with
     * broadcast), IPv6 unique local fc00::/7, and the IPv6 prefixes that carry an IPv4 address a gateway would reach
     * for us: NAT64 64:ff9b::/96 and its local-use 64:ff9b:1::/48, and 6to4 2002::/16.
     */
    private static final List<Range> RESERVED = List.of(range("0.0.0.0", 8), range("100.64.0.0", 10),
            range("198.18.0.0", 15), range("240.0.0.0", 4), range("fc00::", 7), range("64:ff9b::", 96),
            range("64:ff9b:1::", 48), range("2002::", 16));

    private final boolean loopbackAllowed;

    public AddressPolicy(boolean loopbackAllowed) {
        this.loopbackAllowed = loopbackAllowed;
    }

    public boolean allows(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return loopbackAllowed;
        }
        return !(address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || RESERVED.stream().anyMatch(range -> range.contains(address)));
    }

    /** A CIDR block: the first {@code bits} bits of {@code prefix}. */
    private record Range(byte[] prefix, int bits) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Range range(String literal, int bits) {
        try {
            InetAddress prefix = InetAddress.getByName(literal);
            if (!(prefix instanceof Inet4Address || prefix instanceof Inet6Address)) {
                throw new IllegalArgumentException(literal);
            }
            return new Range(prefix.getAddress(), bits);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address literal always parses: " + literal, e);
        }
    }
}
