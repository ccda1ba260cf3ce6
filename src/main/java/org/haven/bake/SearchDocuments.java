package org.haven.bake;

import org.haven.content.Page;
import org.haven.listings.SiteContent;
import org.haven.listings.SiteUrls;
import org.haven.search.GlossaryEntry;
import org.haven.search.SearchDocument;
import org.haven.search.SiteSearchIndex;
import org.jsoup.Jsoup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * What the site's search index holds: every page in the build, and the generated pages
 * people look for by name (levels of need, plans, glossary, accessibility, staying safe online)
 * by their title and summary, since their text repeats the pages they list. The whole index
 * is downloaded to a phone before the first result shows, so a long page is indexed by its
 * first {@value #BODY_CHARACTERS} characters: where its subject is named.
 */
final class SearchDocuments {
    private static final Map<String, String> GENERATED_LABELS = Map.of(
            SiteUrls.LEVELS, "Levels of need", SiteUrls.GLOSSARY, "Glossary", SiteUrls.ACCESSIBILITY, "Page",
            SiteUrls.STAYING_SAFE, "Page", SiteUrls.PLANS, "Plan");

    static final int BODY_CHARACTERS = 2500;

    private SearchDocuments() {
    }

    /** The last index built, kept by a previewing builder: most saves leave the documents as they were. */
    static final class LastIndex {
        private List<SearchDocument> documents;
        private List<GlossaryEntry> glossary;
        private byte[] json;

        synchronized byte[] json(List<SearchDocument> documents, List<GlossaryEntry> glossary) {
            if (!documents.equals(this.documents) || !glossary.equals(this.glossary)) {
                this.json = SiteSearchIndex.build(documents, glossary).toJson();
                this.documents = documents;
                this.glossary = glossary;
            }
            return json;
        }
    }

    /**
     * The search index, made on another thread while the caller goes on (writing the site).
     * What goes in it is gathered first, on the caller's thread.
     */
    static CompletableFuture<byte[]> indexJson(SiteContent content, Map<String, String> textByUrl, Map<String, String> generatedTitles,
                                               SiteOutput output, LastIndex last) {
        List<SearchDocument> documents = documents(content, textByUrl, generatedTitles, output);
        List<GlossaryEntry> glossary = content.glossary().stream().map(t -> new GlossaryEntry(t.term(), t.meaning())).toList();
        return CompletableFuture.supplyAsync(() -> last.json(documents, glossary));
    }

    private static List<SearchDocument> documents(SiteContent content, Map<String, String> textByUrl,
                                                  Map<String, String> generatedTitles, SiteOutput output) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Page page : content.pages()) {
            if (generatedTitles.containsKey(page.url())) continue;
            String body = textByUrl.getOrDefault(page.url(), "");
            if (body.length() > BODY_CHARACTERS) body = body.substring(0, body.lastIndexOf(' ', BODY_CHARACTERS) + 1);
            List<String> tags = Stream.of(page.tags().stream(), page.themes().stream(),
                    Stream.of(page.reviewType(), page.levelName(), page.subject())).flatMap(s -> s).filter(Objects::nonNull).toList();
            documents.add(new SearchDocument(page.url(), page.title(), page.url(), page.summary(), page.typeLabel(), body, tags));
        }
        generatedTitles.forEach((url, title) -> {
            if (!GENERATED_LABELS.containsKey(url) && !url.startsWith(SiteUrls.PLANS)) return;
            byte[] html = output.at(url);
            if (html == null) return;
            String summary = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select("meta[name=description]").attr("content");
            documents.add(new SearchDocument(url, title, url, summary, GENERATED_LABELS.getOrDefault(url, "Plan"), "", List.of()));
        });
        return documents;
    }
}
