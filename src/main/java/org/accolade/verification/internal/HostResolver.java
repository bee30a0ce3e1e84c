package org.accolade.verification.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Finds a host's addresses: the system's DNS in the application, a fixed answer in tests. */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
