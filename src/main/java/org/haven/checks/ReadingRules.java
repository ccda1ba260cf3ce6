package org.haven.checks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import org.haven.content.Audience;
import org.haven.content.Language;
import org.haven.content.Page;
import org.haven.content.PageType;
import org.haven.problems.Problems;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reading checks for the comms team: a reading grade for every English page (a warning above the
 * site's limit on public pages), sentence length on pages in other languages, easy-read rows with one picture each, PDFs with no HTML page,
 * and public pages with no easy-read version.
 */
public final class ReadingRules {
    private static final Set<String> NOT_PROSE = Set.of("table", "pre", "code", "svg");

    private ReadingRules() {}

    /** A sentence longer than this many words is hard to follow in any language (GOV.UK keeps to 25). */
    static final int LONGEST_SENTENCE = 25;

    /**
     * The reading grade and its warning on an English page; on a page in another language, which
     * an English grade cannot measure, a warning for each sentence longer than {@value #LONGEST_SENTENCE} words.
     *
     * @return the page's reading grade, or NaN for a page not in English
     */
    public static double check(Page page, Language language, Element body, double gradeLimit, Problems problems) {
        if (page.easyRead()) easyReadRowsHaveOnePicture(page, body, problems);
        if (!language.isEnglish()) {
            if (!page.easyRead()) sentencesAreShort(page, prose(body), problems);
            return Double.NaN;
        }
        double grade = ReadingGrade.of(prose(body));
        if (!page.easyRead() && page.audience() == Audience.PUBLIC && grade > gradeLimit) {
            problems.warning(
                    page.source(),
                    0,
                    String.format(
                            Locale.ROOT,
                            "The page reads at grade %.1f; public pages should be at grade %.0f or below.",
                            grade,
                            gradeLimit),
                    "Use shorter sentences and everyday words; say 'you' and 'we'. (The limit is reading-grade in data/site.yaml.)");
        }
        return grade;
    }

    private static void sentencesAreShort(Page page, String prose, Problems problems) {
        for (String line : prose.split("\n")) {
            for (String sentence : EasyReadRules.SENTENCE_END.split(line.trim())) {
                List<String> words = EasyReadRules.WORD
                        .matcher(sentence)
                        .results()
                        .map(MatchResult::group)
                        .toList();
                if (words.size() <= LONGEST_SENTENCE) continue;
                problems.warning(
                        page.source(),
                        page.text().lineContaining(String.join(" ", words.subList(0, 3))),
                        "A sentence has " + words.size() + " words; sentences of " + LONGEST_SENTENCE
                                + " words or fewer are easier to follow.",
                        "Split it into shorter sentences: '" + String.join(" ", words.subList(0, 8)) + "…'");
            }
        }
    }

    /** The page's running text, as {@link Element#wholeText()} gives it, leaving out tables, code and charts. */
    private static String prose(Element body) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(
                (node, depth) -> {
                    if (node instanceof Element element
                            && (NOT_PROSE.contains(element.normalName()) || element.hasClass("haven-targets"))) {
                        return NodeFilter.FilterResult.SKIP_ENTIRELY;
                    }
                    if (node instanceof TextNode words) text.append(words.getWholeText());
                    else if (node.nameIs("br")) text.append('\n');
                    return NodeFilter.FilterResult.CONTINUE;
                },
                body);
        return text.toString();
    }

    private static void easyReadRowsHaveOnePicture(Page page, Element body, Problems problems) {
        for (Element row : body.select(".haven-easy-row")) {
            if (row.select(".haven-easy-text img").size() > 0) {
                problems.warning(
                        page.source(),
                        page.text()
                                .lineContaining(row.select(".haven-easy-text img")
                                        .first()
                                        .attr("src")),
                        "An easy-read row has more than one picture.",
                        "Give each picture its own row, with its own short text after it.");
            }
            if (row.select(".haven-easy-text").text().isBlank()) {
                problems.warning(
                        page.source(),
                        page.text().lineContaining(row.select("img").attr("src")),
                        "An easy-read picture has no text after it.",
                        "Write one or two short sentences after the picture.");
            }
        }
        Element firstRow = body.selectFirst(".haven-easy-row");
        for (Element child : body.children()) {
            if (child == firstRow) break;
            if (!child.text().isBlank() && !child.normalName().matches("h[1-6]")) {
                problems.warning(
                        page.source(),
                        page.text().lineContaining(child.text().split("\\s+")[0]),
                        "Easy-read text comes before any picture.",
                        "Start each point with its picture: image::/images/easy/NAME.svg[What it shows]");
                break;
            }
        }
    }

    /** PDFs the page links that no page covers in HTML (as its :report:, :briefing: or :covers:). */
    public static void pdfsHaveAnHtmlPage(Page page, Element body, Set<String> coveredPdfs, Problems problems) {
        for (Element link : body.select("a[href$=.pdf], a[href$=.PDF]")) {
            String href = link.attr("href");
            if (!coveredPdfs.contains(href)) {
                problems.warning(
                        page.source(),
                        page.text().lineContaining(href.substring(href.lastIndexOf('/') + 1)),
                        "The page links a PDF (" + href
                                + ") that no page of the site covers in HTML; PDFs are hard to read on a phone or with a screen reader.",
                        "Write a page with what the PDF says and give it ':covers: " + href
                                + "' (a review can name it as :report: or :briefing:).");
            }
        }
    }

    /** Should this page have an easy-read version? Public pages that last do; news comes and goes. */
    public static boolean wantsEasyRead(Page page) {
        return !page.easyRead() && page.audience() == Audience.PUBLIC && page.type() != PageType.NEWS;
    }

    /** A public page with no easy-read version beside it. */
    public static void publicPagesHaveEasyRead(Page page, boolean hasEasyRead, Problems problems) {
        if (wantsEasyRead(page) && !hasEasyRead) {
            problems.warning(
                    page.source(),
                    0,
                    "This public page has no easy-read version.",
                    "Write " + page.source().replace(".adoc", ".easy.adoc")
                            + ": a title, ':jbake-status: published', and a picture with short text for each point.");
        }
    }
}
