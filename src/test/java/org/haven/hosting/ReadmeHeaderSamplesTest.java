package org.haven.hosting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A person who copies a server sample from the README gets every security header Haven's
 * pages expect, with the same values, in every place the server applies headers.
 */
class ReadmeHeaderSamplesTest {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");
    private static final Pattern LOCATION = Pattern.compile("location\\s+[^{]*\\{");
    private static final Pattern INCLUDE = Pattern.compile("include\\s+([^;]+);");

    record CodeBlock(String language, String text) {}

    @Test
    void thePlainListIsTheSourceOfTruthWordForWord() throws IOException {
        String list = blocks("").stream()
                .map(CodeBlock::text)
                .filter(t -> t.startsWith("Content-Security-Policy:"))
                .findFirst()
                .orElseThrow();
        StringBuilder expected = new StringBuilder();
        SecurityHeaders.ALL.forEach(
                h -> expected.append(h.name()).append(": ").append(h.value()).append('\n'));
        assertEquals(expected.toString(), list);
    }

    @Test
    void theApacheSampleSetsEveryHeader() throws IOException {
        List<CodeBlock> apache = blocks("apache");
        assertFalse(apache.isEmpty(), "the README has an Apache sample");
        for (CodeBlock sample : apache) {
            for (SecurityHeaders.Header header : SecurityHeaders.ALL) {
                assertTrue(
                        sample.text().contains("Header always set " + header.name() + " \"" + header.value() + "\""),
                        header.name() + " in the Apache sample:\n" + sample.text());
            }
        }
    }

    @Test
    void theNginxSampleSetsEveryHeaderAtServerLevelAndInEveryLocationThatAddsItsOwn() throws IOException {
        List<CodeBlock> nginx = blocks("nginx");
        CodeBlock snippet = nginx.stream()
                .filter(b -> !b.text().contains("server {"))
                .findFirst()
                .orElseThrow();
        CodeBlock server = nginx.stream()
                .filter(b -> b.text().contains("server {"))
                .findFirst()
                .orElseThrow();
        String serverLevel = withIncludes(withoutLocations(server.text()), snippet.text());
        assertSetsEveryHeader(serverLevel, "the server block");
        List<String> locations = locations(server.text());
        assertTrue(
                locations.stream().anyMatch(l -> l.contains("add_header")),
                "the sample shows a location with a header of its own");
        for (String location : locations) {
            if (location.contains("add_header"))
                assertSetsEveryHeader(withIncludes(location, snippet.text()), location);
        }
    }

    @Test
    void aLocationThatAddsAHeaderWithoutRepeatingTheOthersIsCaught() {
        String broken =
                "server {\n    include snippets/haven-headers.conf;\n    location /theme/ { add_header Cache-Control \"public\"; }\n}\n";
        String location = locations(broken).get(0);
        assertFalse(setsEveryHeader(withIncludes(location, "add_header X-Content-Type-Options \"nosniff\" always;\n")));
    }

    private static void assertSetsEveryHeader(String nginx, String where) {
        for (SecurityHeaders.Header header : SecurityHeaders.ALL) {
            assertTrue(
                    nginx.contains("add_header " + header.name() + " \"" + header.value() + "\" always;"),
                    header.name() + " in " + where);
        }
    }

    private static boolean setsEveryHeader(String nginx) {
        return SecurityHeaders.ALL.stream()
                .allMatch(h -> nginx.contains("add_header " + h.name() + " \"" + h.value() + "\" always;"));
    }

    /** Every {@code location { … }} block's body, braces matched. */
    private static List<String> locations(String server) {
        List<String> found = new ArrayList<>();
        Matcher start = LOCATION.matcher(server);
        while (start.find()) found.add(server.substring(start.end(), closingBrace(server, start.end())));
        return found;
    }

    private static String withoutLocations(String server) {
        StringBuilder rest = new StringBuilder();
        Matcher start = LOCATION.matcher(server);
        int from = 0;
        while (start.find(from)) {
            rest.append(server, from, start.start());
            from = closingBrace(server, start.end()) + 1;
        }
        return rest.append(server.substring(from)).toString();
    }

    private static int closingBrace(String text, int afterOpening) {
        int depth = 1;
        for (int i = afterOpening; i < text.length(); i++) {
            if (text.charAt(i) == '{') depth++;
            if (text.charAt(i) == '}' && --depth == 0) return i;
        }
        throw new AssertionError("unclosed block in:\n" + text);
    }

    /** The README's only include is its header snippet. */
    private static String withIncludes(String nginx, String snippet) {
        return INCLUDE.matcher(nginx).replaceAll(Matcher.quoteReplacement(snippet));
    }

    private static List<CodeBlock> blocks(String language) throws IOException {
        Matcher fence = FENCE.matcher(Files.readString(Path.of("README.md")));
        List<CodeBlock> found = new ArrayList<>();
        while (fence.find()) {
            if (fence.group(1).equals(language)) found.add(new CodeBlock(fence.group(1), fence.group(2)));
        }
        return found;
    }
}
