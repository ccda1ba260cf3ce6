package org.haven.bake;

import org.haven.content.Page;
import org.haven.listings.SiteContent;
import org.haven.listings.SiteUrls;
import org.haven.search.GlossaryEntry;
import org.haven.search.SearchDocument;
import org.haven.search.SiteSearchIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the site's search index holds: every page in the build, and the generated pages
 * people look for by name (levels of need, plans, glossary, accessibility, staying safe online).
 */
final class SearchDocuments {
    private static final Map<String, String> GENERATED_LABELS = Map.of(
            SiteUrls.LEVELS, "Levels of need", SiteUrls.GLOSSARY, "Glossary", SiteUrls.ACCESSIBILITY, "Page",
            SiteUrls.STAYING_SAFE, "Page", SiteUrls.PLANS, "Plan");

    private SearchDocuments() {
    }

    static byte[] indexJson(SiteContent content, Map<String, String> textByUrl, Map<String, String> generatedTitles,
                            SiteOutput output) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Page page : content.pages()) {
            if (generatedTitles.containsKey(page.url())) continue;
            String body = textByUrl.getOrDefault(page.url(), "");
            List<String> tags = Stream.of(page.tags().stream(), page.themes().stream(),
                    Stream.of(page.reviewType(), page.levelName(), page.subject())).flatMap(s -> s).filter(Objects::nonNull).toList();
            documents.add(new SearchDocument(page.url(), page.title(), page.url(), page.summary(), page.typeLabel(), body, tags));
        }
        generatedTitles.forEach((url, title) -> {
            boolean plan = url.startsWith(SiteUrls.PLANS);
            if (!GENERATED_LABELS.containsKey(url) && !plan) return;
            byte[] html = output.at(url);
            if (html == null) return;
            Document rendered = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
            Element main = rendered.selectFirst("main");
            String summary = rendered.select("meta[name=description]").attr("content");
            documents.add(new SearchDocument(url, title, url, summary, GENERATED_LABELS.getOrDefault(url, "Plan"),
                    main == null ? "" : main.text(), List.of()));
        });
        List<GlossaryEntry> glossary = content.glossary().stream().map(t -> new GlossaryEntry(t.term(), t.meaning())).toList();
        return SiteSearchIndex.build(documents, glossary).toJson();
    }
}
