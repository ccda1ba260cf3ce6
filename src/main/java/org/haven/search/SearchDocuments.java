package org.haven.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
                this.json = ready.json(documents);
                this.documents = documents;
                this.glossary = ready.glossary;
                this.thesaurus = ready.thesaurus;
            }
            return json;
        }
    }

    /**
     * What earlier builds made for the index, each kept under everything it was made from (the
     * documents, the glossary and the thesaurus, Haven's code).
     */
    public interface Kept {
        /** Nothing kept: every document is prepared and the index made. */
        Kept NONE = new Kept() {
            @Override
            public boolean mayHoldIndex() {
                return false;
            }

            @Override
            public Optional<SiteSearchIndex.Ready> ready(SearchDocument document) {
                return Optional.empty();
            }

            @Override
            public void keepReady(SiteSearchIndex.Ready ready) {}

            @Override
            public Optional<byte[]> index(List<SearchDocument> documents) {
                return Optional.empty();
            }

            @Override
            public void keepIndex(List<SearchDocument> documents, byte[] json) {}
        };

        /** Whether an earlier build may have left an index, so preparing each page as it is finished may be wasted. */
        boolean mayHoldIndex();

        Optional<SiteSearchIndex.Ready> ready(SearchDocument document);

        void keepReady(SiteSearchIndex.Ready ready);

        Optional<byte[]> index(List<SearchDocument> documents);

        void keepIndex(List<SearchDocument> documents, byte[] json);
    }

    /**
     * Pages made ready for the search index as each is finished, on the finishing threads, so
     * that little of the index is left to make once the last page is done. When an earlier
     * build may have left the same index, pages are only gathered, and prepared (or found
     * prepared) only if the index must be made again.
     */
    public static final class ReadyPages {
        private final List<GlossaryEntry> glossary;
        private final Thesaurus thesaurus;
        private final SiteSearchIndex.Maker maker;
        private final Kept kept;
        private final Map<String, SiteSearchIndex.Ready> ready = new ConcurrentHashMap<>();

        public ReadyPages(List<GlossaryTerm> glossary, List<EverydayWords> thesaurus) {
            this(glossary, thesaurus, Kept.NONE);
        }

        public ReadyPages(List<GlossaryTerm> glossary, List<EverydayWords> thesaurus, Kept kept) {
            this.glossary = glossary.stream()
                    .map(t -> new GlossaryEntry(t.term(), t.meaning()))
                    .toList();
            this.thesaurus = Thesaurus.of(thesaurus);
            this.maker = new SiteSearchIndex.Maker(this.glossary, this.thesaurus);
            this.kept = kept;
        }

        public void add(Page page, String language, String text) {
            if (kept.mayHoldIndex()) return;
            SearchDocument document = of(page, language, text);
            ready.put(document.ref(), prepare(document));
        }

        /** The index of these documents as JSON, as an earlier build left it or made now. */
        byte[] json(List<SearchDocument> documents) {
            return kept.index(documents).orElseGet(() -> {
                byte[] json = index(documents).toJson();
                kept.keepIndex(documents, json);
                return json;
            });
        }

        /** The index of these documents: those made ready as they were, the rest made ready now. */
        SiteSearchIndex index(List<SearchDocument> documents) {
            return maker.build(documents.parallelStream()
                    .map(document -> {
                        SiteSearchIndex.Ready early = ready.get(document.ref());
                        return early != null && early.document().equals(document) ? early : prepare(document);
                    })
                    .toList());
        }

        private SiteSearchIndex.Ready prepare(SearchDocument document) {
            return kept.ready(document).orElseGet(() -> {
                SiteSearchIndex.Ready made = maker.prepare(document);
                kept.keepReady(made);
                return made;
            });
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
        String body = searchedText(text);
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

    /** Of a page's text, what the index holds: up to {@value #BODY_CHARACTERS} characters, cut after a word. */
    public static String searchedText(String text) {
        return text.length() > BODY_CHARACTERS ? text.substring(0, text.lastIndexOf(' ', BODY_CHARACTERS) + 1) : text;
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
