package org.haven.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.haven.support.Folders;

/**
 * Pages broken on purpose, served on 127.0.0.1, so each browser check is seen to fail when what it
 * guards breaks: a check that passes a broken page proves nothing about the real ones.
 */
final class BrokenPages {
    private static StaticSiteServer server;

    private static final String HEAD =
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken on purpose</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
              body { margin: 0; font-family: sans-serif; }
              h1 { font-size: 32px; }
              .wide { width: 700px; }
              .cut { overflow: hidden; height: 1.3rem; width: 12rem; white-space: nowrap; }
              .cover { position: fixed; bottom: 0; left: 0; right: 0; height: 75vh; background: #fff; border-top: 1px solid #000; }
              a.no-focus-style:focus { outline: none; }
              .tall { height: 2000px; }
              .js-only { display: none; }
              .tiny-targets { list-style: none; padding: 0; }
              .tiny-targets li { margin: 0 0 2px; font-size: 14px; line-height: 16px; }
              .haven-table-wrapper { width: 200px; overflow-x: auto; }
              .haven-table-wrapper td, .haven-table-wrapper th { white-space: nowrap; padding-right: 40px; }
              .haven-chart-svg { display: block; width: 100%; }
            </style></head>
            """;

    /**
     * An image with no alt text (axe: image-alt, WCAG level A); a notice outside any landmark (region,
     * a best practice); links 16 pixels high and 2 apart (target-size, WCAG 2.2 AA).
     */
    static final String AXE = HEAD
            + """
            <body><a href="#main-content">Skip to main content</a>
            <div><p>A notice that is in no landmark.</p></div>
            <main id="main-content" tabindex="-1"><h1>Broken</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <p>Phone <a href="tel:999">999</a>.</p>
            <ul class="tiny-targets"><li><a href="/a">First</a></li><li><a href="/b">Second</a></li><li><a href="/c">Third</a></li></ul></main></body></html>""";

    /** A box wider than a phone, and text cut off when it grows. */
    static final String REFLOW = HEAD
            + """
            <body><main id="main-content"><h1>Broken</h1><div class="wide">A box 700 pixels wide, whatever the screen.</div>
            <p class="cut">This sentence is cut off when the reader makes text larger.</p></main></body></html>""";

    /** No skip link; a link with its focus outline removed; a link that ends up under a fixed panel. */
    static final String FOCUS = HEAD
            + """
            <body><a href="/elsewhere">First link, not a skip link</a>
            <main id="main-content" tabindex="-1"><h1>Broken</h1>
            <p><a class="no-focus-style" href="/a">A link whose focus cannot be seen</a></p>
            <div class="tall"></div>
            <p><a href="/b">A link hidden under the fixed panel</a></p>
            <div class="tall"></div></main>
            <div class="cover">A fixed panel</div></body></html>""";

    /** A tracking pixel from another host, and a script that is missing. */
    static final String NETWORK = HEAD
            + """
            <body><main id="main-content"><h1>Broken</h1>
            <img src="http://tracker.example.net/pixel.gif" alt="">
            <script src="/missing.js"></script></main></body></html>""";

    /** Main content and the emergency number that only JavaScript shows. */
    static final String NEEDS_JAVASCRIPT = HEAD
            + """
            <body><main id="main-content" class="js-only"><h1>Broken</h1><p>Only with JavaScript.</p></main>
            <p class="js-only"><a href="tel:999">999</a></p>
            </body></html>""";

    /** A phone number typed as plain text, and a phone link that breaks across two lines. */
    static final String PHONES = HEAD
            + """
            <body><main id="main-content"><h1>Broken</h1><p>Phone Childline on 0800 1111 at any time.</p>
            <p style="width: 5em">Or the hub on <a href="tel:+441612176028">0161 217 6028</a>.</p></main></body></html>""";

    /** Two sections of a combined page with the same id, so the link to the second one goes to the first. */
    static final String DUPLICATE_IDS =
            """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken on purpose</title></head>
            <body><main><h1>Broken</h1><p><a href="#what-to-do">What to do at level 2</a></p>
            <section><h2 id="what-to-do">What to do at level 1</h2></section>
            <section><h2 id="what-to-do">What to do at level 2</h2></section></main></body></html>""";
    /** A home page whose "Report a concern" opens one report page, as Haven's did when it guessed from folder order. */
    static final String REPORT_HOME = HEAD
            + """
            <body class="haven-page haven-page--home"><nav><a class="govuk-service-navigation__link" href="/report-children.html">Report a concern</a></nav>
            <main id="main-content"><h1>Home</h1></main></body></html>""";

    /** That page: not the report hub, its ways to report listed from A to Z, the emergency number as plain text. */
    static final String REPORT_CHILDREN = HEAD
            + """
            <body class="haven-page haven-page--concern"><main id="main-content"><h1>Help for children and young people</h1>
            <p>If a child is in danger now, call 999.</p>
            <ul class="haven-cards"><li class="haven-card"><h3 class="haven-card__title"><a href="/a">Concerns about someone who works with children</a></h3></li>
            <li class="haven-card"><h3 class="haven-card__title"><a href="/b">Worried about a child?</a></h3></li></ul></main></body></html>""";

    /** A chart drawn three times too wide for its text to be read on a phone, and a table cut to a box narrower than it. */
    static final String TARGETS = HEAD
            + """
            <body><main id="main-content"><h1>Broken</h1><div class="haven-targets">
            <div class="haven-table-wrapper"><table><thead><tr><th>Measure</th><th>2022/23 baseline</th><th>2023/24</th></tr></thead>
            <tbody><tr><td>Rapid reviews with information sharing as a theme</td><td>67%</td><td>40%</td></tr></tbody></table></div>
            <figure class="haven-chart"><svg xmlns="http://www.w3.org/2000/svg" class="haven-chart-svg" viewBox="0 0 960 60">
            <text x="0" y="20" font-size="16">Rapid reviews with information sharing</text><text x="0" y="45" font-size="16">67% baseline</text>
            </svg></figure></div></main></body></html>""";

    /** What a page printed without Haven's print stylesheet shows: the leave bar and navigation, and no address or date. */
    static final String PRINT = HEAD
            + """
            <body><div class="haven-leave-bar"><a href="https://www.bbc.co.uk/weather">Leave this site</a></div>
            <nav class="haven-nav"><a href="/report/">Report a concern</a> <a href="/levels-of-need/">Levels of need</a></nav>
            <main id="main-content"><h1>Levels of need</h1><p>Four levels, one per column.</p>
            <div class="tall"></div><p>The end of a page too long for one sheet.</p></main></body></html>""";

    /**
     * Leaving as Haven did before it kept to one history entry: the button and Shift pressed three
     * times replace the page the person is on, but every link followed before added to the history.
     */
    static final String LEAVE_REPLACING_ONLY_THE_PAGE =
            """
            document.documentElement.classList.add('js-enabled');
            var button = document.querySelector('.haven-leave'), shifts = 0;
            function leave(event) { if (event) event.preventDefault(); location.replace(button.getAttribute('data-exit-url')); }
            button.addEventListener('click', leave);
            document.addEventListener('keyup', function (event) { if (event.key === 'Shift' && ++shifts === 3) leave(); });
            """;

    /** A leave bar that scrolls away with the page, and a Shift hint shown on touch screens too. */
    static final String LEAVE_BAR_SCROLLING_AWAY =
            """
            .haven-leave-bar { position: static !important; }
            .haven-leave-hint { display: block !important; }
            """;

    /** The line of haven.js that starts a page shown again from the back-forward cache afresh. */
    static final String RESET_ON_PAGESHOW = "window.addEventListener('pageshow', onPageShow);";

    /** A change made to the files of a copied site whose path (from the site's root) passes {@code files}. */
    record Change(Predicate<String> files, UnaryOperator<String> text) {
        static Change file(String path, UnaryOperator<String> text) {
            return new Change(path::equals, text);
        }
    }

    /**
     * A copy of a built site with its leave control broken: {@link #LEAVE_REPLACING_ONLY_THE_PAGE}
     * for its script, {@link #LEAVE_BAR_SCROLLING_AWAY} added to its styles, and a Leave link that
     * goes nowhere without JavaScript.
     */
    static StaticSiteServer withLeaveBroken(BrowserSites.Served site, String exitUrl) {
        return copyOf(
                site,
                List.of(
                        Change.file("theme/js/haven.js", script -> LEAVE_REPLACING_ONLY_THE_PAGE),
                        Change.file("theme/css/haven.css", css -> css + LEAVE_BAR_SCROLLING_AWAY),
                        new Change(
                                path -> path.endsWith(".html"),
                                html -> html.replace("href=\"" + exitUrl + "\"", "href=\"#\""))));
    }

    /** A page in Polish whose interface is English unmarked, and a part marked with a language that does not exist. */
    static final String LANGUAGES =
            """
            <!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Zepsuta strona</title></head>
            <body><a href="#main-content">Skip to main content</a>
            <main id="main-content"><h1>Martwisz się o dziecko?</h1><p>Zadzwoń do nas.</p>
            <p lang="english">Leave this site</p></main></body></html>""";

    /** A copy of a built site whose pages mark no part with a language of its own: every {@code lang} but the page's is gone. */
    static StaticSiteServer withPartsUnmarked(BrowserSites.Served site) {
        return copyOf(site, List.of(new Change(path -> path.endsWith(".html"), html -> {
            String unmarked = html.replaceAll("<span lang=\"[^\"]*\"( dir=\"[^\"]*\")?", "<span")
                    .replaceAll(" lang=\"en-GB\"", "");
            if (unmarked.equals(html) && html.contains("lang=\"so\""))
                throw new IllegalStateException("nothing to unmark");
            return unmarked;
        })));
    }

    /** A copy of a built site whose pages in right-to-left languages do not say so: {@code dir="rtl"} is gone. */
    static StaticSiteServer withoutRightToLeftPages(BrowserSites.Served site) {
        return copyOf(
                site, List.of(new Change(path -> path.endsWith(".html"), html -> html.replace(" dir=\"rtl\"", ""))));
    }

    /** A copy of a built site whose theme has no right-to-left rules: GOV.UK Frontend's left-to-right layout alone. */
    static StaticSiteServer withoutRightToLeftStyles(BrowserSites.Served site) {
        return copyOf(site, List.of(Change.file("theme/css/haven.css", css -> {
            int rules = css.indexOf("/* Right to left");
            if (rules < 0) throw new IllegalStateException("haven.css no longer has its right-to-left rules");
            return css.substring(0, rules);
        })));
    }

    /** A copy of a built site whose script leaves out {@link #RESET_ON_PAGESHOW}. */
    static StaticSiteServer withoutResetOnPageShow(BrowserSites.Served site) {
        return copyOf(site, List.of(Change.file("theme/js/haven.js", script -> {
            if (!script.contains(RESET_ON_PAGESHOW))
                throw new IllegalStateException("haven.js no longer has " + RESET_ON_PAGESHOW);
            return script.replace(RESET_ON_PAGESHOW, "");
        })));
    }

    /**
     * A copy of the example site whose Polish "Worried about a child?" switcher links to a Ukrainian
     * page that is not there, and calls the Urdu page Arabic.
     */
    static StaticSiteServer withTranslationLinksBroken(BrowserSites.Served site) {
        return copyOf(site, List.of(Change.file("pl/worried-about-a-child/index.html", html -> {
            String missing = html.replace(
                    "href=\"/uk/worried-about-a-child/\" lang=\"uk\"", "href=\"/uk/worried-about-child/\" lang=\"uk\"");
            String misnamed = missing.replace(
                    "href=\"/ur/worried-about-a-child/\" lang=\"ur\" hreflang=\"ur\"",
                    "href=\"/ur/worried-about-a-child/\" lang=\"ar\" hreflang=\"ar\"");
            if (misnamed.equals(missing) || missing.equals(html))
                throw new IllegalStateException("the Polish page's switcher is no longer as this expects");
            return misnamed;
        })));
    }

    /** A copy of the second partnership's site whose Polish page's crumb leads to the English hub, not to its Polish introduction. */
    static StaticSiteServer withACrumbToTheEnglishPageAbove(BrowserSites.Served site) {
        return copyOf(site, List.of(Change.file("help/zglos-obawy/index.html", html -> {
            String broken = html.replace(
                    "href=\"/help/zglos/\">Zgłoś obawy</a>",
                    "href=\"/help/\"><span lang=\"en-GB\">Report a concern</span></a>");
            if (broken.equals(html))
                throw new IllegalStateException("the Polish page's crumb is no longer as this expects");
            return broken;
        })));
    }

    /** A copy of the second partnership's site whose Polish page explains CASS with the glossary's English meaning. */
    static StaticSiteServer withATermExplainedInEnglish(BrowserSites.Served site) {
        return copyOf(site, List.of(Change.file("help/zglos-obawy/index.html", html -> {
            String broken = html.replaceFirst(
                    "zespołu CASS", "zespołu <abbr title=\"Children's Advice and Support Service\">CASS</abbr>");
            if (broken.equals(html)) throw new IllegalStateException("the Polish page no longer names CASS");
            return broken;
        })));
    }

    private static StaticSiteServer copyOf(BrowserSites.Served site, List<Change> changes) {
        try {
            Path copy = Files.createTempDirectory("haven-broken-copy-");
            Folders.copyTree(site.site().folder(), copy);
            try (Stream<Path> files = Files.walk(copy)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String path = copy.relativize(file).toString().replace('\\', '/');
                    for (Change change : changes) {
                        if (change.files().test(path))
                            Files.writeString(file, change.text().apply(Files.readString(file)));
                    }
                }
            }
            StaticSiteServer server = StaticSiteServer.serve(copy);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized String url(String name) {
        if (server == null) {
            try {
                server = StaticSiteServer.serve(Files.createTempDirectory("haven-broken-"))
                        .withPage("/axe.html", AXE)
                        .withPage("/reflow.html", REFLOW)
                        .withPage("/focus.html", FOCUS)
                        .withPage("/network.html", NETWORK)
                        .withPage("/needs-javascript.html", NEEDS_JAVASCRIPT)
                        .withPage("/phones.html", PHONES)
                        .withPage("/targets.html", TARGETS)
                        .withPage("/report-home.html", REPORT_HOME)
                        .withPage("/report-children.html", REPORT_CHILDREN)
                        .withPage("/print.html", PRINT)
                        .withPage("/languages.html", LANGUAGES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.url("/" + name + ".html");
    }

    private BrokenPages() {}
}
