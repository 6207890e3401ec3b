package brief.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which names the preview answers to, against DNS rebinding: a page on another domain that points its name at
 * 127.0.0.1 reaches the preview with its own name in {@code Host} (and {@code Origin}), so both must name this
 * machine. Allowed: {@code localhost} and {@code *.localhost} (browsers resolve those to loopback themselves),
 * loopback addresses, the address the server was told to listen on (every address of this machine when that
 * is a wildcard), and the names given with {@code --allow-host} ({@code .example.test} allows that domain and
 * its subdomains). An IP address is looked up as written, never through DNS.
 */
final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<InetAddress> addresses = new LinkedHashSet<>();
    private final List<String> given;

    HostCheck(String bind, List<String> allowed) {
        this.given = List.copyOf(allowed);
        for (String a : allowed) {
            Optional<InetAddress> ip = literal(a.startsWith("[") ? a : bracketIfV6(a));
            if (ip.isPresent()) addresses.add(ip.get());
            else names.add(normalise(a));
        }
        Optional<InetAddress> ip = literal(bind.startsWith("[") ? bind : bracketIfV6(bind));
        if (ip.isEmpty()) {
            names.add(normalise(bind));
        } else if (ip.get().isAnyLocalAddress()) {
            // Listening everywhere: other machines reach it by one of this machine's addresses.
            try {
                for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    addresses.addAll(Collections.list(n.getInetAddresses()));
                }
            } catch (SocketException e) {
                // Then only loopback and the names given are answered; --allow-host adds an address.
            }
        } else {
            addresses.add(ip.get());
        }
    }

    /** Whether {@code name} can be given to --allow-host: a host name, ".domain", or an IP address; no scheme or port. */
    static boolean isValidOption(String name) {
        String n = normalise(name);
        if (n.startsWith(".")) n = n.substring(1);
        return NAME.matcher(n).matches() || literal(n.startsWith("[") ? n : bracketIfV6(n)).isPresent();
    }

    /** The names given with --allow-host, as given. */
    List<String> given() {
        return given;
    }

    /** Whether a {@code Host} header ("name", "name:port", "[v6]:port") names this preview. */
    boolean allowsHost(String host) {
        if (host == null || host.isEmpty()) return false;
        String name = host;
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            if (end < 0) return false;
            String rest = name.substring(end + 1);
            if (!rest.isEmpty() && !rest.matches(":\\d{1,5}")) return false;
            name = name.substring(0, end + 1);
        } else {
            int colon = name.lastIndexOf(':');
            if (colon >= 0) {
                if (!name.substring(colon + 1).matches("\\d{1,5}")) return false;
                name = name.substring(0, colon);
            }
        }
        return allowsName(name);
    }

    /**
     * Whether a request's {@code Origin} header may reach the preview: absent (a navigation, a same-origin GET)
     * or an http(s) origin whose host is allowed. "null" (a sandboxed frame, a file) is refused.
     */
    boolean allowsOrigin(String origin) {
        if (origin == null) return true;
        int scheme = origin.indexOf("://");
        if (scheme < 0) return false;
        String s = origin.substring(0, scheme).toLowerCase(Locale.ROOT);
        if (!s.equals("http") && !s.equals("https")) return false;
        String authority = origin.substring(scheme + 3);
        if (authority.isEmpty() || authority.contains("/") || authority.contains("@")) return false;
        return allowsHost(authority);
    }

    /** Whether a host name or address (IPv6 in brackets) is allowed. */
    boolean allowsName(String raw) {
        String name = normalise(raw);
        Optional<InetAddress> ip = literal(name);
        if (ip.isPresent()) return ip.get().isLoopbackAddress() || addresses.contains(ip.get());
        if (!NAME.matcher(name).matches()) return false;
        if (name.equals("localhost") || name.endsWith(".localhost")) return true;
        for (String n : names) {
            if (n.equals(name) || n.startsWith(".") && (name.endsWith(n) || name.equals(n.substring(1)))) return true;
        }
        return false;
    }

    private static String normalise(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static String bracketIfV6(String s) {
        return s.contains(":") ? "[" + s + "]" : s;
    }

    /** The address written in {@code s} (IPv6 in brackets), without any name lookup. */
    private static Optional<InetAddress> literal(String s) {
        String v = s;
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
            if (!IPV6.matcher(v).matches() || !v.contains(":")) return Optional.empty();
        } else if (!IPV4.matcher(v).matches()) {
            return Optional.empty();
        } else {
            for (String octet : v.split("\\.")) if (Integer.parseInt(octet) > 255) return Optional.empty();
        }
        try {
            // Only literals reach here, IPv6 in brackets (so an invalid one fails instead of being looked up).
            InetAddress a = InetAddress.getByName(v.indexOf(':') >= 0 ? "[" + v + "]" : v);
            return a instanceof Inet6Address || v.indexOf(':') < 0 ? Optional.of(a) : Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
