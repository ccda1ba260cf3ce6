package org.haven.bake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.haven.chart.ChartWords;
import org.haven.chart.TargetsChart;
import org.haven.chart.TargetsTable;
import org.haven.checks.ContentHtmlRules;
import org.haven.checks.HtmlRules;
import org.haven.checks.ReadingRules;
import org.haven.content.GlossaryTerm;
import org.haven.content.Language;
import org.haven.content.Page;
import org.haven.problems.Problems;
import org.haven.theme.InterfaceLanguages;
import org.haven.theme.Messages;
import org.haven.theme.TextDirection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finishes a page's converted HTML: clean URLs for links, no inline styles (the site's
 * Content-Security-Policy forbids them), tables that scroll on their own on a narrow screen,
 * glossary terms explained where they first appear, a chart beside each targets table, and
 * the picture-and-text rows of an easy-read page.
 */
final class HtmlPostProcessor {
    private static final java.util.Set<String> NO_GLOSSARY_IN =
            java.util.Set.of("a", "abbr", "code", "pre", "script", "svg", "title", "h1");

    private final LinkResolver links;
    private final GlossaryTerms glossaryTerms;

    private final Map<String, String> meanings;
    private final ReadingContext reading;
    private final Settings settings;

    /**
     * Everything besides the page that decides how it is finished; equal settings finish a page the same way.
     *
     * @param languages the charts' words in each page's language
     */
    record Settings(
            LinkTargets targets,
            List<GlossaryTerm> terms,
            ReadingContext reading,
            InterfaceLanguages languages,
            String siteLanguage) {}

    HtmlPostProcessor(
            LinkTargets targets,
            List<GlossaryTerm> terms,
            ReadingContext reading,
            InterfaceLanguages languages,
            String siteLanguage) {
        this.settings = new Settings(targets, terms, reading, languages, siteLanguage);
        this.links = new LinkResolver(targets);
        this.reading = reading;
        this.meanings =
                terms.stream().collect(Collectors.toMap(GlossaryTerm::term, GlossaryTerm::meaning, (a, b) -> a));
        this.glossaryTerms =
                new GlossaryTerms(terms.stream().map(GlossaryTerm::term).toList());
    }

    /** A page's finished body, its words as plain text (for search) and its reading grade (NaN for a page not in English). */
    record Processed(HtmlBody html, String text, double readingGrade) {}

    /**
     * What the reading checks need to know about the whole site.
     *
     * @param coveredPdfs PDFs some page covers in HTML
     * @param withEasyRead source files that have an easy-read companion
     * @param siteLanguage the language of a page that does not say its own
     * @param emergencyPhone the site's emergency number, a number to call in any language
     */
    record ReadingContext(
            double gradeLimit,
            java.util.Set<String> coveredPdfs,
            java.util.Set<String> withEasyRead,
            String siteLanguage,
            String emergencyPhone) {}

    Settings settings() {
        return settings;
    }

    Processed process(Page page, String converted, Problems problems) {
        Document html = Jsoup.parseBodyFragment(converted);
        html.outputSettings().prettyPrint(false);
        Element body = html.body();
        ContentHtmlRules.check(page, body, problems);
        links.resolve(page, html, problems);
        body.select("[style]").removeAttr("style");
        body.select("table.targets").forEach(HtmlPostProcessor::firstRowIsTheHeader);
        HtmlRules.check(page, body, problems);
        addCharts(page, body);
        wrapTables(body);
        PhoneLinks.link(body, reading.emergencyPhone());
        if (inTheGlossarysLanguage(page)) explainTerms(body);
        if (page.easyRead()) makeEasyReadRows(body);
        double grade =
                ReadingRules.check(page, page.language(reading.siteLanguage()), body, reading.gradeLimit(), problems);
        ReadingRules.pdfsHaveAnHtmlPage(page, body, reading.coveredPdfs(), problems);
        ReadingRules.publicPagesHaveEasyRead(page, reading.withEasyRead().contains(page.source()), problems);
        return new Processed(HtmlBody.of(body.html()), body.text(), grade);
    }

    /**
     * Each table scrolls in a region named by its caption, or else by the heading it comes under; a
     * name used before gets a number, so a screen reader's list of regions tells the tables apart.
     */
    private void wrapTables(Element body) {
        String heading = "";
        Map<String, Integer> namesUsed = new HashMap<>();
        for (Element element : body.select("h2, h3, h4, h5, h6, table")) {
            if (!element.normalName().equals("table")) {
                heading = element.text();
                continue;
            }
            String caption = element.select("caption").text();
            String name = !caption.isEmpty() ? caption : heading.isEmpty() ? "Table" : "Table: " + heading;
            int uses = namesUsed.merge(name, 1, Integer::sum);
            Element wrapper = new Element("div")
                    .addClass("haven-table-wrapper")
                    .attr("tabindex", "0")
                    .attr("role", "region")
                    .attr("aria-label", uses == 1 ? name : name + " (" + uses + ")");
            element.replaceWith(wrapper);
            wrapper.appendChild(element);
        }
    }

    private void addCharts(Page page, Element body) {
        int count = 0;
        for (Element table : body.select("table.targets")) {
            TargetsTable targets = targetsOf(table);
            if (targets.measures().isEmpty() || targets.columns().isEmpty()) continue;
            String id = "targets-chart-" + (++count);
            Element pair = new Element("div").addClass("haven-targets");
            table.replaceWith(pair);
            pair.appendChild(table);
            Element figure = pair.appendElement("figure").addClass("haven-chart");
            figure.append(TargetsChart.svg(targets, id, chartWords(page)));
        }
    }

    private ChartWords chartWords(Page page) {
        String language = page.lang() == null ? settings.siteLanguage() : page.lang();
        Messages words = settings.languages().forLanguage(language);
        return new ChartWords(
                words.text("chart.baseline"),
                words.text("chart.target"),
                words.text("chart.actual"),
                words.text("chart.no-value"),
                words.text("chart.summary"),
                TextDirection.of(language));
    }

    /** The contract writes a targets table's periods on its first row, with or without a blank line after it. */
    private static void firstRowIsTheHeader(Element table) {
        if (!table.select("thead").isEmpty()) return;
        Element firstRow = table.selectFirst("tbody tr");
        if (firstRow == null) return;
        for (Element cell : firstRow.select("td")) {
            cell.tagName("th").attr("scope", "col").html(cell.text());
        }
        Element head = new Element("thead");
        table.selectFirst("tbody").before(head);
        head.appendChild(firstRow);
    }

    private static TargetsTable targetsOf(Element table) {
        Elements headRow = table.select("thead tr");
        List<TargetsTable.Column> columns = new ArrayList<>();
        if (!headRow.isEmpty()) {
            Elements cells = headRow.first().select("th, td");
            for (int i = 1; i < cells.size(); i++)
                columns.add(TargetsTable.Column.headed(cells.get(i).text()));
        }
        List<TargetsTable.Measure> measures = new ArrayList<>();
        for (Element row : table.select("tbody tr")) {
            Elements cells = row.select("th, td");
            if (cells.isEmpty()) continue;
            List<String> values = new ArrayList<>();
            for (int i = 1; i < cells.size(); i++) values.add(cells.get(i).text());
            measures.add(new TargetsTable.Measure(cells.get(0).text(), values));
        }
        String caption = table.select("caption").text().replaceFirst("^Table \\d+\\.\\s*", "");
        return new TargetsTable(caption.isEmpty() ? "Targets" : caption, columns, measures);
    }

    /** The glossary explains its terms in the site's language: a meaning in it would be the wrong language on another's page. */
    private boolean inTheGlossarysLanguage(Page page) {
        String site = settings.siteLanguage();
        return page.language(site).primary().equals(new Language(site).primary());
    }

    /** Wraps the first use of each glossary term in {@code <abbr>}, in one pass over the text. */
    private void explainTerms(Element body) {
        if (meanings.isEmpty()) return;
        Set<String> explained = new HashSet<>();
        for (TextNode text : TextNodes.outside(body, NO_GLOSSARY_IN)) {
            TextNode rest = text;
            while (rest != null && explained.size() < meanings.size()) {
                String words = rest.getWholeText();
                GlossaryTerms.Found first = glossaryTerms.find(words, 0);
                while (first != null && explained.contains(first.term()))
                    first = glossaryTerms.find(words, first.end());
                if (first == null) break;
                String term = first.term();
                explained.add(term);
                TextNode found = first.start() == 0 ? rest : rest.splitText(first.start());
                rest = term.length() < found.getWholeText().length() ? found.splitText(term.length()) : null;
                found.replaceWith(
                        new Element("abbr").attr("title", meanings.get(term)).text(term));
            }
        }
    }

    /** Each image block starts a row that pairs the picture with what follows, up to the next image. */
    private static void makeEasyReadRows(Element body) {
        List<Element> containers = new ArrayList<>();
        containers.add(body);
        containers.addAll(body.select("div.sectionbody"));
        for (Element container : containers) {
            Element row = null;
            for (Element child : new ArrayList<>(container.children())) {
                if (child.hasClass("imageblock")) {
                    row = new Element("div").addClass("haven-easy-row");
                    child.before(row);
                    row.appendElement("div").addClass("haven-easy-picture").appendChild(child);
                    row.appendElement("div").addClass("haven-easy-text");
                } else if (row != null && !child.normalName().matches("h[1-6]") && !child.hasClass("sect2")) {
                    row.child(1).appendChild(child);
                } else {
                    row = null;
                }
            }
        }
    }
}
