package org.haven.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.haven.content.Language;
import org.haven.lunr.Builder;
import org.haven.lunr.Index;
import org.haven.lunr.Json;
import org.haven.lunr.Lunr;
import org.haven.lunr.PackedIndex;
import org.haven.lunr.QueryParseError;
import org.haven.lunr.Stemmer;

/**
 * The site's search index: a lunr 2.3.9 index plus the little each result needs to be shown.
 *
 * <h2>Index</h2>
 * Documents are indexed by their number, in the order given, as ref ({@code "0"}, {@code "1"}, …), and
 * fields {@code title} (boost 10), {@code summary}
 * (boost 3), {@code body}, {@code tags} (boost 2, indexed as a list) and {@code glossary}. No
 * metadata is kept. A document in English goes through lunr's default pipeline (trimmer, stop word
 * filter, stemmer); one in another language, which has no stemmer here, only has its words trimmed
 * as written in any script ({@link AsWritten}), and only its title, summary and body are indexed.
 * The index's search pipeline is lunr's, so lunr.js loads it as it is.
 *
 * <p>The {@code glossary} field makes the glossary work both ways. Text is compared as
 * lower-cased words (runs of letters and digits): a page whose title, summary, body or tags
 * contain a term's meaning as whole words (e.g. "Child Safeguarding Practice Review") gets the
 * term ("CSPR"); a page containing the term as a whole word gets the meaning. So searching
 * "CSPR" finds pages that only spell it out, and the other way round.
 *
 * <h2>Serialised form</h2>
 * {@link #toJson()} writes compact UTF-8 JSON, the same bytes for the same input:
 * {@code {"index": <the lunr index, packed>, "docs": [{"title","url","summary","type","audience",
 * "report","lang","ref"}, …], "thesaurus": {"words": {…}, "ignore": […]}, "languages": {tag: its own
 * name}}}, docs in number order ({@code report} only on a page for reporting a worry, {@code lang} only
 * on a page not in English, {@code ref} only when it is not the url). The index is packed by {@link
 * PackedIndex}: at 1,000 pages a sixth the size of lunr's JSON, under half gzipped (lunr's JSON
 * repeats every document's ref in every posting and field vector); the browser unpacks it and loads
 * it with {@code lunr.Index.load}.
 *
 * <p>The thesaurus ({@link Thesaurus}), with only the site words this index holds, is written
 * beside them as {@code "thesaurus"}, and each page's {@code audience}; {@link SearchQuery} is
 * the rule that uses both, here and in the browser.
 */
public final class SiteSearchIndex {
    /** Field names and boosts, in index order. */
    public static final List<String> FIELDS = List.of("title", "summary", "body", "tags", "glossary");

    private final Index index;
    /** What each result shows, by the document's number, its ref in the lunr index. */
    private final Map<String, Map<String, Object>> docs;

    private final Thesaurus thesaurus;
    private final Map<String, String> languages;

    private SiteSearchIndex(
            Index index, Map<String, Map<String, Object>> docs, Thesaurus thesaurus, Map<String, String> languages) {
        this.index = index;
        this.docs = docs;
        this.thesaurus = thesaurus;
        this.languages = languages;
    }

    /** The lunr index. */
    public Index index() {
        return index;
    }

    /** Builds the index for {@code docs}, expanding {@code glossary} terms both ways, with no thesaurus. */
    public static SiteSearchIndex build(List<SearchDocument> documents, List<GlossaryEntry> glossary) {
        return build(documents, glossary, Thesaurus.NONE);
    }

    /** Builds the index for {@code docs}, expanding {@code glossary} terms both ways, searched with {@code thesaurus}. */
    public static SiteSearchIndex build(
            List<SearchDocument> documents, List<GlossaryEntry> glossary, Thesaurus thesaurus) {
        Maker maker = new Maker(glossary, thesaurus);
        return maker.build(documents.stream().map(maker::prepare).toList());
    }

    /** A document with its fields' terms worked out, ready to be added to the index. */
    public record Ready(SearchDocument document, Builder.Prepared terms) {}

    /**
     * Makes one index in two steps, so a site builder can do the slow part as each page is
     * finished: {@link #prepare} (the glossary field, the tokenizer and the pipeline) on any
     * thread, then {@link #build}, once, with every document in order. The index is the same as
     * {@link SiteSearchIndex#build}'s.
     */
    public static final class Maker {
        private final List<GlossaryEntry> entries;
        private final List<List<String>> termWords = new ArrayList<>();
        private final List<List<String>> meaningWords = new ArrayList<>();
        private final Builder builder = Lunr.defaultBuilder();
        /** Prepares a page not in English, whose terms the builder then adds as it adds any page's. */
        private final Builder asWritten = new Builder();

        private final Thesaurus thesaurus;

        public Maker(List<GlossaryEntry> glossary, Thesaurus thesaurus) {
            this.thesaurus = thesaurus;
            this.entries = glossary == null ? List.of() : List.copyOf(glossary);
            for (GlossaryEntry g : entries) {
                termWords.add(words(g.term()));
                meaningWords.add(words(g.meaning()));
            }
            asWritten.pipeline.add(AsWritten.TRIMMER);
            for (Builder b : List.of(builder, asWritten)) {
                b.ref("ref");
                b.field("title", Builder.FieldAttributes.boost(10));
                b.field("summary", Builder.FieldAttributes.boost(3));
                b.field("body");
                b.field("tags", Builder.FieldAttributes.boost(2));
                b.field("glossary");
            }
        }

        /**
         * Safe to call on several threads at once, until {@link #build} is called. A page not in English
         * is indexed by its own words alone, as written ({@link AsWritten}): its tags and the glossary
         * are English, and would bring it up for English searches.
         */
        public Ready prepare(SearchDocument d) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("ref", d.ref());
            if (!d.isEnglish()) {
                fields.put("title", d.title());
                fields.put("summary", d.summary());
                fields.put("body", d.body());
                return new Ready(d, asWritten.prepare(fields));
            }
            List<String> text =
                    words(d.title() + "\n" + d.summary() + "\n" + d.body() + "\n" + String.join("\n", d.tags()));
            Set<String> present = new HashSet<>(text);
            StringBuilder glossaryField = new StringBuilder();
            for (int i = 0; i < entries.size(); i++) {
                if (containsPhrase(text, present, meaningWords.get(i)))
                    glossaryField.append(entries.get(i).term()).append('\n');
                if (containsPhrase(text, present, termWords.get(i)))
                    glossaryField.append(entries.get(i).meaning()).append('\n');
            }
            fields.put("title", d.title());
            fields.put("summary", d.summary());
            fields.put("body", d.body());
            fields.put("tags", d.tags());
            fields.put("glossary", glossaryField.toString());
            return new Ready(d, builder.prepare(fields));
        }

        /** The index of these documents, in this order. */
        public SiteSearchIndex build(List<Ready> documents) {
            Map<String, Map<String, Object>> shown = new LinkedHashMap<>();
            Map<String, String> languages = new TreeMap<>();
            Set<String> refs = new HashSet<>();
            for (Ready ready : documents) {
                SearchDocument d = ready.document();
                if (!refs.add(d.ref())) throw new IllegalArgumentException("duplicate search ref: " + d.ref());
                Map<String, Object> display = new LinkedHashMap<>();
                display.put("title", d.title());
                display.put("url", d.url());
                display.put("summary", d.summary());
                display.put("type", d.type());
                display.put("audience", d.audience());
                if (d.report()) display.put("report", true);
                if (!d.isEnglish()) display.put("lang", d.lang());
                if (!d.ref().equals(d.url())) display.put("ref", d.ref());
                languages.computeIfAbsent(d.isEnglish() ? "en" : d.lang(), tag -> new Language(tag).ownName());
                String number = String.valueOf(shown.size());
                shown.put(number, display);
                builder.add(new Builder.Prepared(number, ready.terms().fieldTerms()), 0);
            }
            Index index = builder.build();
            return new SiteSearchIndex(
                    index, shown, thesaurus.keeping(word -> index.posting(Stemmer.stem(word)) != null), languages);
        }
    }

    /** Lower-cased runs of letters and digits. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        String lower = s.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) start = i;
            if (!word && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static boolean containsPhrase(List<String> text, Set<String> present, List<String> phrase) {
        if (phrase.isEmpty() || !present.containsAll(phrase)) return false;
        int n = phrase.size();
        outer:
        for (int i = 0; i + n <= text.size(); i++) {
            for (int j = 0; j < n; j++) if (!text.get(i + j).equals(phrase.get(j))) continue outer;
            return true;
        }
        return false;
    }

    /** The compact JSON the browser loads; the same bytes for the same input. */
    public byte[] toJson() {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\"index\":");
        PackedIndex.write(index, sb);
        sb.append(",\"docs\":");
        Json.write(sb, List.copyOf(docs.values()));
        sb.append(",\"thesaurus\":");
        Json.write(sb, thesaurus.toJsonValue());
        sb.append(",\"languages\":");
        Json.write(sb, languages);
        sb.append('}');
        return Json.asciiBytes(sb);
    }

    /** Loads what {@link #toJson()} wrote. */
    @SuppressWarnings("unchecked")
    public static SiteSearchIndex load(byte[] json) {
        Object parsed = Json.parse(new String(json, StandardCharsets.UTF_8));
        if (!(parsed instanceof Map)) throw new IllegalArgumentException("search index JSON must be an object");
        Map<String, Object> root = (Map<String, Object>) parsed;
        Index index = Index.load(PackedIndex.unpack((Map<String, Object>) root.get("index")));
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        for (Object d : (List<Object>) root.get("docs")) docs.put(String.valueOf(docs.size()), (Map<String, Object>) d);
        Map<String, String> languages = new TreeMap<>();
        if (root.get("languages") instanceof Map<?, ?> names)
            names.forEach((tag, name) -> languages.put(String.valueOf(tag), String.valueOf(name)));
        return new SiteSearchIndex(index, docs, Thesaurus.fromJsonValue(root.get("thesaurus")), languages);
    }

    /** Searches as the browser does, best first, at most {@code limit} hits. */
    public List<SearchHit> search(String userInput, int limit) {
        String q = SearchQuery.queryFor(userInput, thesaurus);
        if (q.isEmpty() || limit <= 0) return List.of();
        List<Index.Result> results;
        try {
            results = index.search(q);
        } catch (QueryParseError e) {
            results = SearchQuery.query(index, userInput, thesaurus);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchQuery.Ranked r : SearchQuery.rank(results, docs, SearchQuery.soundsPublic(userInput, thesaurus))) {
            if (hits.size() >= limit) break;
            Map<String, Object> d = docs.getOrDefault(r.ref(), Collections.emptyMap());
            hits.add(new SearchHit(
                    str(d.getOrDefault("ref", d.get("url"))),
                    str(d.get("title")),
                    str(d.get("url")),
                    str(d.get("summary")),
                    str(d.get("type")),
                    r.score()));
        }
        return hits;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
