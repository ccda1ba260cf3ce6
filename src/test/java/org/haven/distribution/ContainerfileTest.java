package org.haven.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Containerfile CI runs Haven with, read as an image builder reads it (no container engine
 * runs here): its one base is Eclipse Temurin 17's runtime, Haven comes from the distribution
 * {@code mvn package} makes, the container runs bin/haven, and building it fetches nothing but
 * the base. A Containerfile broken in each of those ways is refused, so the checks can fail.
 */
class ContainerfileTest {
    private static final Pattern NETWORK =
            Pattern.compile("\\b(curl|wget|apt-get|apt|apk|yum|dnf|microdnf|pip3?|npm|mvn|gradle|git)\\b|://");
    private static final Pattern VERSION =
            Pattern.compile("<artifactId>haven</artifactId>\\s*<version>([^<]+)</version>");

    record Instruction(String keyword, String arguments) {}

    @Test
    void runsHavensDistributionOnTemurin17AndFetchesNothingElse() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = VERSION.matcher(pom);
        assertTrue(version.find());

        assertEquals(List.of(), problems(Files.readString(Path.of("Containerfile")), version.group(1)));
    }

    @Test
    void theDistributionItUnpacksIsTheOneMavenMakes() throws Exception {
        String assembly = Files.readString(Path.of("src/assembly/dist.xml"));
        assertTrue(assembly.contains("<format>tar.gz</format>"), "mvn package makes the .tar.gz the image unpacks");
        assertTrue(assembly.contains("<baseDirectory>haven-${project.version}</baseDirectory>"), assembly);
        assertTrue(Files.readString(Path.of(".dockerignore")).contains("!target/haven-*.tar.gz"));
    }

    @Test
    void aContainerfileBrokenInEachWayIsRefused() {
        String broken =
                """
                FROM eclipse-temurin:17-jdk AS tools
                RUN apt-get update && apt-get install -y unzip
                FROM node:20
                ADD https://example.org/haven-0.1.0.zip /opt/
                COPY --from=tools /usr/bin/unzip /usr/bin/
                RUN curl -L https://example.org/x \\
                    | sh
                ENTRYPOINT java -jar /opt/haven/lib/haven.jar
                """;

        List<String> problems = problems(broken, "0.1.0");

        for (String expected : List.of(
                "one base image, not 2",
                "the base is Eclipse Temurin 17's runtime (eclipse-temurin:17-jre…), not eclipse-temurin:17-jdk",
                "RUN fetches from the network: apt-get update && apt-get install -y unzip",
                "RUN fetches from the network: curl -L https://example.org/x | sh",
                "ADD fetches from the network: https://example.org/haven-0.1.0.zip /opt/",
                "COPY takes files from another image: --from=tools /usr/bin/unzip /usr/bin/",
                "the distribution is unpacked from target/haven-0.1.0.tar.gz into /opt/",
                "the entry point is the distribution's bin/haven in exec form, not java -jar /opt/haven/lib/haven.jar")) {
            assertTrue(problems.contains(expected), "expected «" + expected + "» in " + problems);
        }
    }

    /** What is wrong with a Containerfile for {@code version} of Haven; empty when nothing is. */
    static List<String> problems(String containerfile, String version) {
        List<Instruction> instructions = parse(containerfile);
        List<String> problems = new ArrayList<>();
        List<String> bases = arguments(instructions, "FROM");
        if (bases.size() != 1) problems.add("one base image, not " + bases.size());
        String base = bases.isEmpty() ? "" : bases.get(0).split("\\s+")[0];
        if (!base.matches("(docker\\.io/(library/)?)?eclipse-temurin:17[.0-9_]*-jre.*")) {
            problems.add("the base is Eclipse Temurin 17's runtime (eclipse-temurin:17-jre…), not " + base);
        }
        for (Instruction instruction : instructions) {
            String keyword = instruction.keyword();
            if ((keyword.equals("RUN") || keyword.equals("ADD") || keyword.equals("COPY"))
                    && NETWORK.matcher(instruction.arguments()).find()) {
                problems.add(keyword + " fetches from the network: " + instruction.arguments());
            }
            if ((keyword.equals("ADD") || keyword.equals("COPY"))
                    && instruction.arguments().startsWith("--from")) {
                problems.add(keyword + " takes files from another image: " + instruction.arguments());
            }
        }
        String home = "/opt/haven-" + version;
        boolean unpacked = arguments(instructions, "ADD").stream()
                .map(add -> add.replace("${HAVEN_VERSION}", argDefault(instructions, "HAVEN_VERSION")))
                .anyMatch(add -> add.equals("target/haven-" + version + ".tar.gz /opt/"));
        if (!unpacked) problems.add("the distribution is unpacked from target/haven-" + version + ".tar.gz into /opt/");
        List<String> entryPoints = arguments(instructions, "ENTRYPOINT");
        String entryPoint = entryPoints.isEmpty() ? "" : entryPoints.get(entryPoints.size() - 1);
        if (!launcherIn(entryPoint, home, instructions)) {
            problems.add("the entry point is the distribution's bin/haven in exec form, not " + entryPoint);
        }
        return problems;
    }

    /** Whether the entry point runs bin/haven of the unpacked distribution, directly or through a link to its folder. */
    private static boolean launcherIn(String entryPoint, String home, List<Instruction> instructions) {
        if (!entryPoint.startsWith("[")) return false;
        String program;
        try {
            program = new ObjectMapper().readTree(entryPoint).path(0).asText();
        } catch (Exception e) {
            return false;
        }
        if (program.equals(home + "/bin/haven")) return true;
        String folder = program.replaceFirst("/bin/haven$", "");
        String version = argDefault(instructions, "HAVEN_VERSION");
        return program.endsWith("/bin/haven")
                && arguments(instructions, "RUN").stream()
                        .map(run -> run.replace("${HAVEN_VERSION}", version))
                        .anyMatch(run -> run.contains("ln -s " + home + " " + folder));
    }

    private static String argDefault(List<Instruction> instructions, String name) {
        return arguments(instructions, "ARG").stream()
                .filter(arg -> arg.startsWith(name + "="))
                .map(arg -> arg.substring(name.length() + 1))
                .findFirst()
                .orElse("");
    }

    private static List<String> arguments(List<Instruction> instructions, String keyword) {
        return instructions.stream()
                .filter(i -> i.keyword().equals(keyword))
                .map(Instruction::arguments)
                .toList();
    }

    /** Instructions as a builder reads them: comments dropped, lines ending in a backslash joined to the next. */
    static List<Instruction> parse(String containerfile) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : containerfile.lines().toList()) {
            if (line.trim().startsWith("#")) continue;
            String part = line.strip();
            boolean continues = part.endsWith("\\");
            current.append(continues ? part.substring(0, part.length() - 1).strip() : part)
                    .append(' ');
            if (continues) continue;
            String instruction = current.toString().strip();
            current.setLength(0);
            if (instruction.isEmpty()) continue;
            String[] words = instruction.split("\\s+", 2);
            instructions.add(
                    new Instruction(words[0].toUpperCase(Locale.ROOT), words.length > 1 ? words[1].strip() : ""));
        }
        return instructions;
    }
}
