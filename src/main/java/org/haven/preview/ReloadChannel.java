package org.haven.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-sent events at {@code /_haven/events}: every open page hears "reload" after each rebuild. */
final class ReloadChannel {
    static final String SCRIPT =
            """
            (function () {
              var events = new EventSource('/_haven/events');
              events.addEventListener('reload', function () { window.location.reload(); });
            })();
            """;

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        stream.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        listeners.add(stream);
    }

    void reload(long buildNumber) {
        byte[] event = ("event: reload\ndata: " + buildNumber + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream listener : listeners) {
            try {
                listener.write(event);
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }
}
