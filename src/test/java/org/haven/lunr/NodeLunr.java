package org.haven.lunr;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real lunr.js 2.3.9 (src/test/node, installed with {@code npm ci --prefix src/test/node})
 * under Node. Requests and responses are JSON files. A missing node or lunr package fails the test.
 */
public final class NodeLunr {
    private NodeLunr() {}

    /** The repository root: the nearest directory upwards holding pom.xml and src/test/node. */
    public static Path repoRoot() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null) {
            if (Files.exists(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("src/test/node"))) return p;
            p = p.getParent();
        }
        throw new IllegalStateException("cannot find the repository root (pom.xml and src/test/node) above "
                + Paths.get("").toAbsolutePath());
    }

    public static Path nodeDir() {
        return repoRoot().resolve("src/test/node");
    }

    /** Fails (does not skip) unless node and lunr 2.3.9 are installed. */
    public static void requireNode() {
        Path lunrPkg = nodeDir().resolve("node_modules/lunr/package.json");
        if (!Files.exists(lunrPkg)) {
            fail("lunr.js is not installed for the compatibility tests: run `npm ci --prefix src/test/node` "
                    + "(expected " + lunrPkg + ")");
        }
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) fail("`node --version` failed");
        } catch (IOException e) {
            fail("node is not on the PATH; the lunr.js compatibility tests need Node.js: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** Sends {@code request} to lunr-tool.js and returns its parsed response. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> call(Map<String, Object> request) {
        requireNode();
        try {
            Path dir = Files.createTempDirectory("lunr-node");
            Path req = dir.resolve("request.json"), res = dir.resolve("response.json");
            Files.writeString(req, Json.stringify(request), StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(
                    List.of("node", nodeDir().resolve("lunr-tool.js").toString(), req.toString(), res.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("lunr-tool.js timed out");
            }
            if (p.exitValue() != 0) fail("lunr-tool.js failed (exit " + p.exitValue() + "):\n" + out);
            Map<String, Object> response =
                    (Map<String, Object>) Json.parse(Files.readString(res, StandardCharsets.UTF_8));
            Files.deleteIfExists(req);
            Files.deleteIfExists(res);
            Files.deleteIfExists(dir);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
