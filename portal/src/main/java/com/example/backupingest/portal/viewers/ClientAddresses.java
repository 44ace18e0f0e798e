package com.example.backupingest.portal.viewers;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * Who counts as one client for the per-address limits and the Live page: an IPv4 address as it is,
 * an IPv6 address by its /64 network (one subscriber usually gets a whole /64 and picks addresses in
 * it freely, so per address would be no limit at all).
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    /** The client group of an address literal; anything that is no address stays as it is. */
    public static String group(String address) {
        InetAddress parsed;
        try {
            parsed = InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException notAnAddress) {
            return address;
        }
        if (parsed instanceof Inet4Address) {
            return parsed.getHostAddress();
        }
        if (parsed instanceof Inet6Address v6) {
            byte[] network = Arrays.copyOf(Arrays.copyOf(v6.getAddress(), 8), 16);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (java.net.UnknownHostException impossible) {
                return address;
            }
        }
        return address;
    }
}
