package org.accolade.verification.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses the verifier may connect to. A badge names URLs chosen by whoever made it, so without this policy
 * it could make the server call its own admin ports, the cloud metadata service or the office network (server-side
 * request forgery): only public unicast addresses pass. Loopback can be allowed for tests that serve documents locally.
 */
public class AddressPolicy {

    private final boolean loopbackAllowed;

    public AddressPolicy(boolean loopbackAllowed) {
        this.loopbackAllowed = loopbackAllowed;
    }

    public boolean allows(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return loopbackAllowed;
        }
        return !(address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || isOtherwiseReserved(address));
    }

    /** Ranges the JDK's predicates do not cover: 0/8, CGNAT 100.64/10, broadcast, and IPv6 unique local fc00::/7. */
    private static boolean isOtherwiseReserved(InetAddress address) {
        byte[] bytes = address.getAddress();
        int first = bytes[0] & 0xff;
        if (address instanceof Inet4Address) {
            int second = bytes[1] & 0xff;
            return first == 0 || first == 255 || (first == 100 && (second & 0xc0) == 64);
        }
        return address instanceof Inet6Address && (first & 0xfe) == 0xfc;
    }
}
