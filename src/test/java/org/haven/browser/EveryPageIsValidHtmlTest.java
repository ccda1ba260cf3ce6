package org.haven.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Nu HTML Checker finds no error in any page the example site or the second partnership's site
 * builds: no id used twice (an in-page link would go to the first), nothing a browser has to guess at.
 */
class EveryPageIsValidHtmlTest {
    @ParameterizedTest(name = "the {0} site")
    @ValueSource(strings = {"example", "riverside"})
    void noBuiltPageHasAnHtmlError(String name) {
        BrowserSites.Served site = BrowserSites.get(name);
        int pages = site.pages().size();
        List<NuHtmlChecker.Error> errors = NuHtmlChecker.errors(site.site().folder());
        if (!errors.isEmpty()) {
            fail("vnu.jar on the " + name + " site: " + errors.size() + " error(s) in " + pages + " page(s) checked\n  "
                    + String.join(
                            "\n  ",
                            errors.stream().map(NuHtmlChecker.Error::toString).toList()));
        }
        System.out.println("vnu.jar on the " + name + " site: " + pages + " page(s) checked, no error");
    }

    @Test
    void theCheckCatchesAnIdUsedTwice(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("index.html"), BrokenPages.DUPLICATE_IDS);
        List<NuHtmlChecker.Error> errors = NuHtmlChecker.errors(folder);
        assertTrue(
                errors.stream().anyMatch(e -> e.message().equals("Duplicate ID “what-to-do”.") && e.line() == 4),
                "vnu.jar finds the second what-to-do: " + errors);
    }
}
