package org.haven.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A page shown inside another keeps its in-page links working and its ids its own. */
class EmbeddedHtmlTest {
    @Test
    void idsAndTheLinksAndLabelsThatPointAtThemGetThePrefix() {
        String level = "<p><a href=\"#what-to-do\">What to do</a></p><h2 id=\"what-to-do\">What to do</h2>"
                + "<div role=\"region\" aria-labelledby=\"examples other\"><h3 id=\"examples\">Examples</h3></div>";
        assertEquals(
                "<p><a href=\"#levels-level-2-what-to-do\">What to do</a></p><h2 id=\"levels-level-2-what-to-do\">What to do</h2>"
                        + "<div role=\"region\" aria-labelledby=\"levels-level-2-examples other\"><h3 id=\"levels-level-2-examples\">Examples</h3></div>",
                EmbeddedHtml.withIdsPrefixed(level, EmbeddedHtml.prefixFor("/levels/level-2/")));
    }

    @Test
    void linksToOtherPagesAndToIdsOutsideTheEmbeddedPageAreLeftAlone() {
        String html = "<h2 id=\"a\">A</h2><a href=\"#main-content\">Top</a> <a href=\"/levels/level-1/#a\">Level 1</a>";
        assertEquals(
                "<h2 id=\"p-a\">A</h2><a href=\"#main-content\">Top</a> <a href=\"/levels/level-1/#a\">Level 1</a>",
                EmbeddedHtml.withIdsPrefixed(html, "p"));
    }

    @Test
    void htmlWithoutIdsIsUnchanged() {
        String html = "<p>Call <a href=\"tel:999\">999</a> &amp; stay safe.</p>";
        assertEquals(html, EmbeddedHtml.withIdsPrefixed(html, "p"));
    }

    @Test
    void everyPageHasAPrefixOfItsOwn() {
        assertEquals("thresholds-level-1", EmbeddedHtml.prefixFor("/thresholds/level-1/"));
        assertEquals("home", EmbeddedHtml.prefixFor("/"));
    }
}
