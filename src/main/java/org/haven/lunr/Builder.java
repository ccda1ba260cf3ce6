package org.haven.lunr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * lunr.Builder: collects documents and builds an {@link Index}. Scores each term in each field
 * with BM25 exactly as lunr.js does, rounded to three decimals.
 */
public final class Builder {
    /** Field attributes: boost (0 or absent means 1) and an optional extractor. */
    public record FieldAttributes(double boost, Function<Map<String, Object>, Object> extractor) {
        public static final FieldAttributes DEFAULT = new FieldAttributes(0, null);

        public static FieldAttributes boost(double b) {
            return new FieldAttributes(b, null);
        }
    }

    private static final class TermCount {
        final Posting posting;
        Map<String, List<Object>> meta;
        int count;

        TermCount(Posting posting) {
            this.posting = posting;
        }
    }

    /** A field of a document: each term's posting and count, in arrays, as a large index holds millions. */
    private record FieldEntry(String docRef, String fieldName, Posting[] postings, int[] counts, int length) {
        static FieldEntry of(String docRef, String fieldName, Collection<TermCount> terms, int length) {
            Posting[] postings = new Posting[terms.size()];
            int[] counts = new int[terms.size()];
            int i = 0;
            for (TermCount term : terms) {
                postings[i] = term.posting;
                counts[i++] = term.count;
            }
            return new FieldEntry(docRef, fieldName, postings, counts, length);
        }
    }

    private String ref = "id";
    private final LinkedHashMap<String, FieldAttributes> fields = new LinkedHashMap<>();
    private final HashMap<String, Double> documentBoosts = new HashMap<>();
    final HashMap<String, Posting> invertedIndex = new HashMap<>();
    private final LinkedHashMap<String, FieldEntry> fieldEntries = new LinkedHashMap<>();
    public final Pipeline pipeline = new Pipeline();
    public final Pipeline searchPipeline = new Pipeline();
    private int documentCount = 0;
    private double b = 0.75;
    private double k1 = 1.2;
    private int termIndex = 0;
    public final List<String> metadataWhitelist = new ArrayList<>();
    private Map<String, Double> averageFieldLength;
    private LinkedHashMap<String, Vector> fieldVectors;
    private TokenSet tokenSet;
    private List<String> fieldNamesCache;

    public Builder ref(String ref) {
        this.ref = ref;
        return this;
    }

    public Builder field(String fieldName) {
        return field(fieldName, null);
    }

    public Builder field(String fieldName, FieldAttributes attributes) {
        if (fieldName.contains("/")) {
            throw new IllegalArgumentException("Field '" + fieldName + "' contains illegal character '/'");
        }
        fields.put(fieldName, attributes == null ? FieldAttributes.DEFAULT : attributes);
        fieldNamesCache = null;
        return this;
    }

    public Builder b(double number) {
        this.b = number < 0 ? 0 : number > 1 ? 1 : number;
        return this;
    }

    public Builder k1(double number) {
        this.k1 = number;
        return this;
    }

    private List<String> fieldNames() {
        if (fieldNamesCache == null) fieldNamesCache = List.copyOf(Js.keys(fields));
        return fieldNamesCache;
    }

    public Builder add(Map<String, Object> doc) {
        return add(doc, 0);
    }

    /**
     * A document's ref and, for each field in order, its terms as the pipeline leaves them: the
     * part of {@link #add} that looks at the document alone.
     */
    public record Prepared(String ref, List<List<Token>> fieldTerms) {}

    /**
     * Runs a document's fields through the tokenizer and the pipeline. It changes nothing in the
     * builder, so documents can be prepared on several threads (once every field is defined) and
     * then added in the order lunr.js would add them, giving the same index.
     */
    public Prepared prepare(Map<String, Object> doc) {
        List<String> names = fieldNames();
        List<List<Token>> terms = new ArrayList<>(names.size());
        for (String fieldName : names) {
            FieldAttributes attrs = fields.get(fieldName);
            Object value = attrs.extractor() != null ? attrs.extractor().apply(doc) : doc.get(fieldName);
            terms.add(pipeline.run(Tokenizer.tokenize(value, List.of(fieldName))));
        }
        return new Prepared(Tokenizer.asString(doc.get(ref)), terms);
    }

    /** lunr.Builder#add; {@code boost} 0 means no boost (lunr's {@code boost || 1}). */
    public Builder add(Map<String, Object> doc, double boost) {
        return add(prepare(doc), boost);
    }

    /** lunr.Builder#add for a document already {@link #prepare prepared}. */
    public Builder add(Prepared doc, double boost) {
        String docRef = doc.ref();
        List<String> names = fieldNames();
        boolean seenBefore = documentBoosts.put(docRef, boost) != null;
        documentCount += 1;
        int whitelistSize = metadataWhitelist.size();
        for (int i = 0; i < names.size(); i++) {
            String fieldName = names.get(i);
            List<Token> terms = doc.fieldTerms().get(i);
            HashMap<String, TermCount> fieldTerms = new HashMap<>(Math.max(16, terms.size() * 4 / 3 + 1));
            for (Token token : terms) {
                String term = token.toString();
                TermCount tc = fieldTerms.get(term);
                if (tc == null) {
                    Posting posting = invertedIndex.get(term);
                    if (posting == null) {
                        posting = new Posting(termIndex, names);
                        termIndex += 1;
                        invertedIndex.put(term, posting);
                    }
                    tc = new TermCount(posting);
                    fieldTerms.put(term, tc);
                    DocList docs = posting.byField[i];
                    Map<String, List<Object>> meta = seenBefore ? docs.get(docRef) : null;
                    if (meta == null) {
                        meta = whitelistSize == 0 ? Map.of() : new LinkedHashMap<>();
                        docs.append(docRef, meta);
                    }
                    tc.meta = meta;
                }
                tc.count++;
                for (int l = 0; l < whitelistSize; l++) {
                    String key = metadataWhitelist.get(l);
                    tc.meta.computeIfAbsent(key, k -> new ArrayList<>(2)).add(token.metadata(key));
                }
            }
            fieldEntries.put(
                    fieldName + "/" + docRef, FieldEntry.of(docRef, fieldName, fieldTerms.values(), terms.size()));
        }
        return this;
    }

    /** lunr.Builder#calculateAverageFieldLengths. */
    public void calculateAverageFieldLengths() {
        Map<String, Double> accumulator = new HashMap<>();
        Map<String, Integer> documentsWithField = new HashMap<>();
        for (FieldEntry e : fieldEntries.values()) {
            documentsWithField.merge(e.fieldName(), 1, Integer::sum);
            accumulator.merge(e.fieldName(), (double) e.length(), Double::sum);
        }
        Map<String, Double> avg = new HashMap<>();
        for (String f : fieldNames()) {
            Double sum = accumulator.get(f);
            Integer n = documentsWithField.get(f);
            avg.put(f, (sum == null || n == null) ? Double.NaN : sum / n);
        }
        this.averageFieldLength = avg;
    }

    /** lunr.Builder#createFieldVectors: BM25 with lunr's rounding, each field's vector on any core. */
    public void createFieldVectors() {
        for (Posting posting : invertedIndex.values())
            posting.idf = Lunr.idf(posting.documentsWithTerm(), documentCount);
        FieldEntry[] entries = fieldEntries.values().toArray(FieldEntry[]::new);
        Vector[] made = new Vector[entries.length];
        IntStream.range(0, entries.length).parallel().forEach(i -> made[i] = vectorOf(entries[i]));
        LinkedHashMap<String, Vector> vectors = new LinkedHashMap<>(entries.length * 4 / 3 + 1);
        int i = 0;
        for (String fieldRef : fieldEntries.keySet()) vectors.put(fieldRef, made[i++]);
        this.fieldVectors = vectors;
    }

    private Vector vectorOf(FieldEntry fe) {
        double fieldLength = fe.length();
        double avg = averageFieldLength.get(fe.fieldName());
        double fieldBoost = fields.get(fe.fieldName()).boost();
        if (fieldBoost == 0 || Double.isNaN(fieldBoost)) fieldBoost = 1;
        double docBoost = documentBoosts.get(fe.docRef());
        if (docBoost == 0 || Double.isNaN(docBoost)) docBoost = 1;
        int n = fe.postings().length;
        double[] pairs = new double[n * 2];
        long[] order = new long[n];
        for (int j = 0; j < n; j++) {
            double tf = fe.counts()[j];
            Posting posting = fe.postings()[j];
            double score = posting.idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (fieldLength / avg)) + tf);
            score *= fieldBoost;
            score *= docBoost;
            double scoreWithPrecision = Js.round(score * 1000) / 1000;
            pairs[j * 2] = posting.index;
            pairs[j * 2 + 1] = scoreWithPrecision;
            order[j] = ((long) posting.index << 32) | j;
        }
        Arrays.sort(order);
        double[] elements = new double[n * 2];
        for (int k = 0; k < n; k++) {
            int src = (int) (order[k] & 0xffffffffL);
            elements[k * 2] = pairs[src * 2];
            elements[k * 2 + 1] = pairs[src * 2 + 1];
        }
        return new Vector(elements, elements.length);
    }

    /** lunr.Builder#createTokenSet. */
    public void createTokenSet() {
        List<String> terms = new ArrayList<>(invertedIndex.keySet());
        terms.sort(null);
        this.tokenSet = TokenSet.fromArray(terms);
    }

    /** lunr.Builder#build. */
    public Index build() {
        calculateAverageFieldLengths();
        createFieldVectors();
        createTokenSet();
        return new Index(invertedIndex, fieldVectors, tokenSet, fieldNames(), searchPipeline);
    }
}
