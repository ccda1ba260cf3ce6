package org.haven.preview;

import com.sun.net.httpserver.HttpExchange;
import java.util.Locale;
import java.util.Set;

/**
 * What the preview answers: only reads (GET, HEAD), and only requests addressed to this
 * machine by name. A web page the author visits could otherwise point a name of its own at
 * 127.0.0.1 (DNS rebinding) and read the drafts and the content report through the browser.
 */
final class LocalRequests {
    private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Set<String> READS = Set.of("GET", "HEAD");

    /** The status to refuse the request with, or 0 to answer it. */
    static int refusal(HttpExchange exchange, int port) {
        if (!isAddressedHere(exchange.getRequestHeaders().getFirst("Host"), port)) return 421;
        if (!READS.contains(exchange.getRequestMethod().toUpperCase(Locale.ROOT))) return 405;
        return 0;
    }

    static boolean isAddressedHere(String host, int port) {
        if (host == null) return false;
        String name = host.toLowerCase(Locale.ROOT).trim();
        for (String local : LOCAL_NAMES) {
            if (name.equals(local + ":" + port) || (port == 80 && name.equals(local))) return true;
        }
        return false;
    }

    private LocalRequests() {}
}
