package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A site published under a path has that path in front of every address its pages hold. */
class PathPrefixTest {
    private final PathPrefix site = PathPrefix.of("https://org.github.io/site/");

    @Test
    void thePathComesFromTheSitesAddressWithOrWithoutItsEndingSlash() {
        assertEquals("/site", site.path());
        assertEquals("/site", PathPrefix.of("https://org.github.io/site").path());
        assertEquals("/a/b", PathPrefix.of("https://example.org.uk/a/b/").path());
        assertEquals("/site/about/", site.to("/about/"));
    }

    @Test
    void aNewSiteWhoseAddressIsStillToFillInIsPreviewedAtTheRoot() {
        assertEquals(
                "",
                PathPrefix.of("FILL IN the site's address, starting https://").path());
    }

    @Test
    void aSiteAtItsHostsRootHasNoPrefixAndItsPagesAreLeftExactlyAsTheyAre() {
        for (String url : new String[] {"https://www.example.org.uk", "https://www.example.org.uk/"}) {
            PathPrefix root = PathPrefix.of(url);
            assertEquals("", root.path());
            String html = "<a href=\"/about/\">About</a>";
            assertSame(html, root.addToPage(html));
        }
    }

    @Test
    void everyLinkPictureStylesheetScriptFormAndQuotationStartingAtTheRootGetsThePath() {
        String html =
                """
                <link rel="stylesheet" href="/theme/css/haven.css"><script src="/theme/js/haven.js" defer></script>
                <a class="govuk-link" href="/reporting/worried-about-a-child/#what-happens">Worried?</a>
                <img src="/images/easy/phone.svg" alt="A telephone"><form action="/search/" method="get">
                <svg><image xlink:href="/images/logo.svg"/></svg><video poster='/images/film.png'></video>
                <a href=/a-z/>A to Z</a><blockquote cite="/reviews/child-e/"><p>Listen to the child.</p></blockquote>""";
        assertEquals(
                """
                <link rel="stylesheet" href="/site/theme/css/haven.css"><script src="/site/theme/js/haven.js" defer></script>
                <a class="govuk-link" href="/site/reporting/worried-about-a-child/#what-happens">Worried?</a>
                <img src="/site/images/easy/phone.svg" alt="A telephone"><form action="/site/search/" method="get">
                <svg><image xlink:href="/site/images/logo.svg"/></svg><video poster='/site/images/film.png'></video>
                <a href=/site/a-z/>A to Z</a><blockquote cite="/site/reviews/child-e/"><p>Listen to the child.</p></blockquote>""",
                site.addToPage(html));
    }

    @Test
    void addressesElsewhereRelativeOrInTheTextAreLeftAlone() {
        String html =
                """
                <a href="https://www.bbc.co.uk/weather" data-exit-url="https://www.bbc.co.uk/weather">Leave</a>
                <a href="//cdn.example.net/x.js">x</a><a href="#main-content">Skip</a><a href="tel:999">999</a>
                <a href="easy-read/">Easy read</a><a title="/not/an/address" href="mailto:a@example.org">Mail</a>
                <pre>&lt;a href="/about/"&gt;</pre><p>Go to /about/ or href="/about/".</p>""";
        assertEquals(html, site.addToPage(html));
    }
}
