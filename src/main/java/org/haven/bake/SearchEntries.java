package org.haven.bake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.haven.content.EverydayWords;
import org.haven.content.GlossaryTerm;
import org.haven.lunr.Builder;
import org.haven.lunr.Lunr;
import org.haven.lunr.Token;
import org.haven.search.SearchDocument;
import org.haven.search.SearchDocuments;
import org.haven.search.SiteSearchIndex;

/**
 * The search index and each page's prepared entry kept in the {@link BuildCache}: an entry
 * under its document (title, summary, text, tags, language) with the glossary and Haven's code,
 * the index under all its documents with the glossary and the thesaurus. An edited page is
 * prepared again, and the index made again from every page's entry.
 */
final class SearchEntries implements SearchDocuments.Kept {
    /** A prepared entry is kept as its terms' words: lunr keeps no other part of a term unless told to. */
    private static final boolean WORDS_ARE_ENOUGH =
            Lunr.defaultBuilder().metadataWhitelist.isEmpty();

    private final BuildCache cache;
    private final boolean mayHoldIndex;
    private final String glossary;
    private final String glossaryAndThesaurus;
    private final Map<SearchDocument, Optional<CacheKey>> readyKeys = new ConcurrentHashMap<>();

    SearchEntries(BuildCache cache, List<GlossaryTerm> glossary, List<EverydayWords> thesaurus) {
        this.cache = cache;
        this.mayHoldIndex = cache.holdsEntries();
        this.glossary = digest("search-glossary", glossary);
        this.glossaryAndThesaurus = digest("search-thesaurus", List.of(glossary, thesaurus));
    }

    @Override
    public boolean mayHoldIndex() {
        return mayHoldIndex;
    }

    @Override
    public Optional<SiteSearchIndex.Ready> ready(SearchDocument document) {
        return readyKey(document).flatMap(cache::read).flatMap(contents -> decode(document, contents));
    }

    @Override
    public void keepReady(SiteSearchIndex.Ready ready) {
        readyKey(ready.document()).ifPresent(key -> cache.write(key, encode(ready.terms())));
    }

    /** The index, if kept; then each page's entry is kept too, for a later build that must make the index again. */
    @Override
    public Optional<byte[]> index(List<SearchDocument> documents) {
        Optional<List<CacheKey>> readyKeys = readyKeys(documents);
        Optional<byte[]> index = readyKeys.flatMap(this::indexKey).flatMap(cache::read);
        if (index.isPresent()) readyKeys.get().forEach(cache::retain);
        return index;
    }

    @Override
    public void keepIndex(List<SearchDocument> documents, byte[] json) {
        readyKeys(documents).flatMap(this::indexKey).ifPresent(key -> cache.write(key, json));
    }

    /** Each document's key is digested once a build, though both the index and the document's own entry are looked up by it. */
    private Optional<CacheKey> readyKey(SearchDocument document) {
        return readyKeys.computeIfAbsent(document, this::digestReadyKey);
    }

    private Optional<CacheKey> digestReadyKey(SearchDocument document) {
        if (!cache.keeps() || !WORDS_ARE_ENOUGH || glossary == null) return Optional.empty();
        return ModelDigest.of(document)
                .map(digest ->
                        CacheKey.of("search-ready").add(glossary).add(digest).build());
    }

    /** Every document's ready key, in order, or empty if one has none. */
    private Optional<List<CacheKey>> readyKeys(List<SearchDocument> documents) {
        List<Optional<CacheKey>> each =
                documents.parallelStream().map(this::readyKey).toList();
        return each.stream().allMatch(Optional::isPresent)
                ? Optional.of(each.stream().map(Optional::get).toList())
                : Optional.empty();
    }

    /** The index's key: every document's ready key (each made with the glossary), in order, with the thesaurus. */
    private Optional<CacheKey> indexKey(List<CacheKey> readyKeys) {
        if (glossaryAndThesaurus == null) return Optional.empty();
        CacheKey.Builder key = CacheKey.of("search-index").add(glossaryAndThesaurus);
        readyKeys.forEach(ready -> key.add(ready.hex()));
        return Optional.of(key.build());
    }

    private static String digest(String kind, Object what) {
        return ModelDigest.of(what)
                .map(digest -> CacheKey.of(kind)
                        .add(HavenVersion.FINGERPRINT)
                        .add(digest)
                        .build()
                        .hex())
                .orElse(null);
    }

    /**
     * The document's ref, then its distinct words in the order they first come, then each field as
     * the positions of its words in that list: a page's words repeat, and each is kept and read once.
     */
    static byte[] encode(Builder.Prepared terms) {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (List<Token> field : terms.fieldTerms())
            for (Token token : field) words.putIfAbsent(token.toString(), words.size());
        return EntryContents.write(out -> {
            out.text(terms.ref());
            out.number(words.size());
            for (String word : words.keySet()) out.text(word);
            out.number(terms.fieldTerms().size());
            for (List<Token> field : terms.fieldTerms()) {
                out.number(field.size());
                for (Token token : field) out.number(words.get(token.toString()));
            }
        });
    }

    /** The builder only reads a prepared word, so each distinct word is one token however often it comes. */
    static Optional<SiteSearchIndex.Ready> decode(SearchDocument document, byte[] contents) {
        return EntryContents.read(contents, in -> {
            String ref = in.text();
            Token[] words = new Token[in.count()];
            for (int word = 0; word < words.length; word++) words[word] = new Token(in.text());
            List<List<Token>> fields = new ArrayList<>();
            for (int field = in.count(); field > 0; field--) {
                Token[] tokens = new Token[in.count()];
                for (int token = 0; token < tokens.length; token++) tokens[token] = words[in.number()];
                fields.add(Arrays.asList(tokens));
            }
            return document.ref().equals(ref)
                    ? new SiteSearchIndex.Ready(document, new Builder.Prepared(ref, fields))
                    : null;
        });
    }
}
