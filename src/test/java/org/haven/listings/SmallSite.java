package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.haven.content.Accessibility;
import org.haven.content.Audience;
import org.haven.content.Contact;
import org.haven.content.ContentFolder;
import org.haven.content.NavigationSetting;
import org.haven.content.Page;
import org.haven.content.PageReader;
import org.haven.content.SiteConfig;
import org.haven.content.SourceText;
import org.haven.problems.Problems;
import org.haven.theme.InterfaceLanguages;
import org.haven.theme.Messages;

/** A site made in memory from a few page headers, to try the listings on. */
final class SmallSite {
    static final InterfaceLanguages LANGUAGES = InterfaceLanguages.load(Path.of("no-site"));
    static final Messages MESSAGES = LANGUAGES.english();
    private final List<Page> pages = new ArrayList<>();
    private List<NavigationSetting> navigation = List.of();

    /** Adds a page at {@code content/FILE} with this title and these header lines under it. */
    SmallSite page(String file, String title, String... headerLines) {
        String source = "content/" + file;
        String text = "= " + title + "\n:jbake-status: published\n:summary: A page for a test.\n"
                + String.join("\n", headerLines) + "\n\nSome words.\n";
        Problems problems = new Problems();
        Page page = new PageReader(problems).read(SourceText.of(source, text), ContentFolder.urlOf(source), false);
        assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        pages.add(page);
        return this;
    }

    SmallSite concern(String file, String title, String... headerLines) {
        List<String> lines = new ArrayList<>(List.of(":jbake-type: concern"));
        lines.addAll(List.of(headerLines));
        return page(file, title, lines.toArray(String[]::new));
    }

    SmallSite navigation(NavigationSetting... links) {
        navigation = List.of(links);
        return this;
    }

    SiteContent content() {
        SiteConfig site = new SiteConfig(
                "Test Partnership",
                "TP",
                "https://example.org",
                "en-GB",
                "999",
                List.of(new Contact("front-door", "Front door", Audience.EVERYONE, "0161 000 0000", null, null, null)),
                "https://www.bbc.co.uk/weather",
                new Accessibility("WCAG 2.2 AA", "partially", List.of(), null, null, 5, null, null),
                9,
                false,
                navigation);
        return new SiteContent(site, List.of(), pages, LocalDate.of(2026, 11, 30));
    }
}
