package org.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first command on a fresh clone: {@code ./haven serve} at the repository root, which
 * holds Haven and no site of its own, previews the example site in {@code examples/stockport}.
 */
class RepositoryLauncherIT {
    private static final Pattern PREVIEWING = Pattern.compile("Previewing at (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void serveAtTheRepositoryRootPreviewsTheExampleSite() throws Exception {
        Process serve = new ProcessBuilder("./haven", "serve", "--port", "0")
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .start();
        try {
            String address =
                    CompletableFuture.supplyAsync(() -> previewAddress(serve)).get(5, TimeUnit.MINUTES);

            HttpResponse<String> home = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Stockport Safeguarding Children Partnership"), home.body());
        } finally {
            serve.descendants().forEach(ProcessHandle::destroy);
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Reads what the launcher prints until the preview says where it is, or fails with all it said. */
    private static String previewAddress(Process serve) {
        StringBuilder said = new StringBuilder();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher previewing = PREVIEWING.matcher(line);
                if (previewing.find()) return previewing.group(1);
                said.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("./haven serve stopped without previewing:\n" + said);
    }
}
