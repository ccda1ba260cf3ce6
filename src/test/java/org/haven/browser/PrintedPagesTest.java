package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.haven.listings.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A printed copy of the levels of need, as headless Chromium prints it to PDF ({@code --print-to-pdf})
 * and poppler's pdftotext reads it back: one sheet, saying whose site it came from, its full web
 * address and the date the website showed it so, without the leave bar, navigation, search or footer
 * links, which do nothing on paper.
 */
class PrintedPagesTest {
    @TempDir
    static Path folder;

    /** Whose site it is and the address it lives at, from each site's data/site.yaml. */
    private record Partnership(String name, String url) {}

    private record Printed(String text, int sheets) {}

    /** Screen-only parts of the layout, whose words must not reach paper. */
    private static final List<String> SCREEN_ONLY =
            List.of(".haven-leave-bar", ".haven-nav", ".haven-search-box", ".haven-footer__links");

    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void theLevelsOfNeedPrintOnOneSheetSayingWhereAndWhenTheyCameFromWithoutTheScreenControls(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        Partnership partnership = name.equals("example")
                ? new Partnership("Stockport Safeguarding Children Partnership", "https://www.example.org.uk")
                : new Partnership(
                        "Riverside Children's Safeguarding Partnership", "https://riverside-safeguarding.example.org");
        Document page = site.site().page("/levels-of-need/");
        List<String> screenOnly = new ArrayList<>();
        for (String region : SCREEN_ONLY) {
            Element element = page.selectFirst(region);
            if (element != null) screenOnly.add(element.text());
        }
        assertEquals(
                SCREEN_ONLY.size(), screenOnly.size(), "the layout has every screen-only part the check looks for");
        Printed printed = print(site.url("/levels-of-need/"), name);
        List<String> problems = problemsOnPaper(printed, partnership, "/levels-of-need/", screenOnly);
        assertTrue(
                problems.isEmpty(),
                "The levels of need printed from the " + name + " site: " + problems + "\n" + printed.text());
    }

    @Test
    void theCheckCatchesAPrintWithTheLeaveBarAndNavigationAndNoAddressOrDate() {
        Printed printed = print(BrokenPages.url("print"), "broken");
        List<String> problems = problemsOnPaper(
                printed,
                new Partnership("Broken Partnership", "https://broken.example.org"),
                "/levels-of-need/",
                List.of("Leave this site", "Report a concern Levels of need"));
        assertTrue(problems.contains("the site's name, Broken Partnership, is not printed"), problems.toString());
        assertTrue(
                problems.contains("its address, https://broken.example.org/levels-of-need/, is not printed"),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("the date the website showed it")), problems.toString());
        assertTrue(
                problems.contains("\"Leave this site\" is printed, though it does nothing on paper"),
                problems.toString());
        assertTrue(
                problems.contains("\"Report a concern Levels of need\" is printed, though it does nothing on paper"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.matches("it takes [2-9] sheets, not one")), problems.toString());
    }

    private static List<String> problemsOnPaper(
            Printed printed, Partnership partnership, String path, List<String> screenOnly) {
        List<String> problems = new ArrayList<>();
        String text = printed.text();
        if (!text.contains(partnership.name()))
            problems.add("the site's name, " + partnership.name() + ", is not printed");
        String address = partnership.url() + path;
        if (!text.contains(address)) problems.add("its address, " + address + ", is not printed");
        String today = Dates.text(LocalDate.now());
        if (!text.contains(today)) problems.add("the date the website showed it, " + today + ", is not printed");
        for (String words : screenOnly) {
            if (text.contains(words)) problems.add("\"" + words + "\" is printed, though it does nothing on paper");
        }
        if (printed.sheets() != 1) problems.add("it takes " + printed.sheets() + " sheets, not one");
        return problems;
    }

    /** Prints the page with Chromium's own --print-to-pdf and reads the PDF's words and sheets with poppler. */
    private static Printed print(String url, String name) {
        Path pdf = folder.resolve(name + ".pdf");
        run(
                Chromium.BINARY,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + folder.resolve(name + "-profile"),
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf,
                url);
        String text = run("pdftotext", pdf.toString(), "-").replaceAll("\\s+", " ");
        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run("pdfinfo", pdf.toString()));
        if (!pages.find()) throw new IllegalStateException("pdfinfo gave no page count for " + pdf);
        return new Printed(text, Integer.parseInt(pages.group(1)));
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Printing needs Debian's chromium and poppler-utils (pdftotext, pdfinfo): .ci/run installs them",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
