package org.vigil.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is when Vigil sits behind reverse proxies: the peer's address, unless the peer is a proxy the
 * installation trusts ({@code VIGIL_TRUSTED_PROXIES}: addresses or CIDR ranges, comma-separated); then the
 * {@code X-Forwarded-For} chain is read from the right, past every trusted proxy, to the first address that is not one.
 * Anything else a client sends in that header is ignored, so rate limits and audit records cannot be dodged by forging it.
 */
public final class TrustedProxies {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** @param setting comma-separated addresses and CIDR ranges; blank trusts nobody */
    public static TrustedProxies parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return new TrustedProxies(List.of());
        }
        return new TrustedProxies(Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Range::parse).toList());
    }

    public boolean trusts(String address) {
        return literal(address).map(a -> ranges.stream().anyMatch(r -> r.contains(a))).orElse(false);
    }

    /** The client's address for a request from {@code peer} carrying {@code forwardedFor} (null when absent). */
    public String clientAddress(String peer, String forwardedFor) {
        if (forwardedFor == null || !trusts(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop).isEmpty()) {
                // a hop we cannot read: whoever wrote it is not to be believed further left
                return peer;
            }
            if (!trusts(hop) || i == 0) {
                return hop;
            }
        }
        return peer;
    }

    /** An IP address written as such; never a name (no DNS look-up on a header's say-so). */
    private static Optional<InetAddress> literal(String text) {
        if (text == null || !IP_LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "VIGIL_TRUSTED_PROXIES: " + text + " is not an IP address or CIDR range"));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1]);
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("VIGIL_TRUSTED_PROXIES: " + text + " has a prefix outside 0.." + bits);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
