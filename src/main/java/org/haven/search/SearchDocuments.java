package org.haven.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.haven.content.EverydayWords;
import org.haven.content.GlossaryTerm;
import org.haven.content.Language;
import org.haven.content.Page;
import org.haven.content.PageType;
import org.haven.listings.SiteContent;
import org.haven.listings.SiteUrls;

/**
 * What the site's search index holds: every page in the build, and the generated pages
 * people look for by name (levels of need, plans, glossary, accessibility, staying safe online)
 * by their title and summary, since their text repeats the pages they list. The whole index
 * is downloaded to a phone before the first result shows, so a long page is indexed by its
 * first {@value #BODY_CHARACTERS} characters: where its subject is named.
 */
public final class SearchDocuments {
    private static final Map<String, String> GENERATED_LABELS = Map.of(
            SiteUrls.LEVELS,
            "Levels of need",
            SiteUrls.GLOSSARY,
            "Glossary",
            SiteUrls.ACCESSIBILITY,
            "Page",
            SiteUrls.STAYING_SAFE,
            "Page",
            SiteUrls.PLANS,
            "Plan",
            SiteUrls.LANGUAGES,
            "Page");

    static final int BODY_CHARACTERS = 2500;

    private SearchDocuments() {}

    /** The last index built, kept by a previewing builder: most saves leave the documents as they were. */
    public static final class LastIndex {
        private List<SearchDocument> documents;
        private List<GlossaryEntry> glossary;
        private Thesaurus thesaurus;
        private byte[] json;

        synchronized byte[] json(List<SearchDocument> documents, ReadyPages ready) {
            if (!documents.equals(this.documents)
                    || !ready.glossary.equals(this.glossary)
                    || !ready.thesaurus.equals(this.thesaurus)) {
                this.json = ready.index(documents).toJson();
                this.documents = documents;
                this.glossary = ready.glossary;
                this.thesaurus = ready.thesaurus;
            }
            return json;
        }
    }

    /**
     * Pages made ready for the search index as each is finished, on the finishing threads, so
     * that little of the index is left to make once the last page is done.
     */
    public static final class ReadyPages {
        private final List<GlossaryEntry> glossary;
        private final Thesaurus thesaurus;
        private final SiteSearchIndex.Maker maker;
        private final Map<String, SiteSearchIndex.Ready> ready = new ConcurrentHashMap<>();

        public ReadyPages(List<GlossaryTerm> glossary, List<EverydayWords> thesaurus) {
            this.glossary = glossary.stream()
                    .map(t -> new GlossaryEntry(t.term(), t.meaning()))
                    .toList();
            this.thesaurus = Thesaurus.of(thesaurus);
            this.maker = new SiteSearchIndex.Maker(this.glossary, this.thesaurus);
        }

        public void add(Page page, String language, String text) {
            SearchDocument document = of(page, language, text);
            ready.put(document.ref(), maker.prepare(document));
        }

        /** The index of these documents: those made ready as they were, the rest made ready now. */
        SiteSearchIndex index(List<SearchDocument> documents) {
            return maker.build(documents.stream()
                    .map(document -> {
                        SiteSearchIndex.Ready early = ready.get(document.ref());
                        return early != null && early.document().equals(document) ? early : maker.prepare(document);
                    })
                    .toList());
        }
    }

    /**
     * The search index, made on another thread while the caller goes on (writing the site).
     * What goes in it is gathered first, on the caller's thread.
     */
    public static CompletableFuture<byte[]> indexJson(
            SiteContent content,
            Map<String, String> textByUrl,
            Map<String, String> generatedTitles,
            Map<String, String> generatedSummaries,
            LastIndex last,
            ReadyPages ready) {
        List<SearchDocument> documents = documents(content, textByUrl, generatedTitles, generatedSummaries);
        return CompletableFuture.supplyAsync(() -> last.json(documents, ready));
    }

    /**
     * What the index holds for one page: its text up to {@value #BODY_CHARACTERS} characters, its tags
     * and its language.
     *
     * @param language the page's language, as the page or the site gives it
     */
    static SearchDocument of(Page page, String language, String text) {
        String body =
                text.length() > BODY_CHARACTERS ? text.substring(0, text.lastIndexOf(' ', BODY_CHARACTERS) + 1) : text;
        List<String> tags = Stream.concat(page.tags().stream(), page.details().keywords().stream())
                .filter(Objects::nonNull)
                .toList();
        return new SearchDocument(
                page.url(),
                page.title(),
                page.url(),
                page.summary(),
                page.typeLabel(),
                body,
                tags,
                page.audience().word(),
                page.type() == PageType.CONCERN && !page.easyRead(),
                language);
    }

    /** The "Help in other languages" page is found by the name of each language it lists, in English and in itself. */
    private static String languageNames(SiteContent content) {
        return content.translations().byLanguage(content.site().language()).keySet().stream()
                .map(Language::new)
                .map(language -> language.englishName() + " " + language.ownName())
                .collect(Collectors.joining("\n"));
    }

    private static List<SearchDocument> documents(
            SiteContent content,
            Map<String, String> textByUrl,
            Map<String, String> generatedTitles,
            Map<String, String> generatedSummaries) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Page page : content.pages()) {
            if (!generatedTitles.containsKey(page.url()))
                documents.add(of(
                        page, page.language(content.site().language()).tag(), textByUrl.getOrDefault(page.url(), "")));
        }
        generatedTitles.forEach((url, title) -> {
            if (!GENERATED_LABELS.containsKey(url) && !url.startsWith(SiteUrls.PLANS)) return;
            String summary = generatedSummaries.get(url);
            if (summary == null) return;
            String body = url.equals(SiteUrls.LANGUAGES) ? languageNames(content) : "";
            documents.add(new SearchDocument(
                    url, title, url, summary, GENERATED_LABELS.getOrDefault(url, "Plan"), body, List.of()));
        });
        return documents;
    }
}
