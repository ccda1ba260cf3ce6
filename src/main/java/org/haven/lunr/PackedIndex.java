package org.haven.lunr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A lunr index in a smaller form for the download, which {@link #unpack} (and the browser's
 * {@code havenSearchQuery.lunrIndex}) turn back into exactly what lunr's {@code JSON.stringify(idx)}
 * gives, for {@code lunr.Index.load}.
 *
 * <p>It holds an index whose documents are numbered: refs {@code "0"} to {@code "n-1"} in the order
 * they were added, each with a vector for every field, and no metadata. Then lunr's JSON says
 * everything twice: each posting lists the documents that have the term, each field vector the terms
 * its document has. The packed form keeps the field vectors alone, and the refs only by position:
 *
 * <pre>{"version", "fields", "pipeline",
 *  "terms": [each term, at its _index],
 *  "vectors": [for document 0 field 0, document 0 field 1, …: "term index step, score, …"]}</pre>
 *
 * where a vector's term indexes, ascending as lunr keeps them, are written as the step from the one
 * before (from 0 for the first), and its scores, which lunr rounds to thousandths, in thousandths.
 * Each vector is one string of these whole numbers in {@link #DIGITS}: a phone reads a string of a
 * few characters a number faster than a JSON array of them, and the download is half the size. The
 * postings are the vectors read the other way round; their documents, added in ascending order, are
 * in the order lunr's builder added them.
 */
public final class PackedIndex {
    private PackedIndex() {}

    /**
     * The 64 characters a vector is written in. A whole number is written in base 32, most
     * significant digit first: its last digit as one of the first 32 characters, each digit before it
     * as one of the other 32, so that numbers need nothing between them. None needs escaping in JSON.
     */
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static final int BASE = 32;

    /** Appends the packed form of {@code index}; refuses an index that is not numbered or has metadata. */
    public static void write(Index index, StringBuilder sb) {
        List<String> fields = index.fields();
        sb.append("{\"version\":");
        Json.writeString(sb, Lunr.VERSION);
        sb.append(",\"fields\":");
        Json.write(sb, fields);
        sb.append(",\"pipeline\":");
        Json.write(sb, index.pipeline().toJSON());
        sb.append(",\"terms\":");
        Json.write(sb, termsByIndex(index));
        sb.append(",\"vectors\":[");
        List<Map.Entry<String, Vector>> vectors =
                List.copyOf(index.fieldVectors().entrySet());
        int parts = (vectors.size() + VECTORS_A_PART - 1) / VECTORS_A_PART;
        IntStream.range(0, parts)
                .parallel()
                .mapToObj(part -> vectorsJson(fields, vectors, part * VECTORS_A_PART))
                .forEachOrdered(sb::append);
        sb.append("]}");
    }

    /** A large index has tens of thousands of vectors: they are written a part at a time, on every core. */
    private static final int VECTORS_A_PART = 512;

    private static StringBuilder vectorsJson(List<String> fields, List<Map.Entry<String, Vector>> vectors, int from) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < Math.min(vectors.size(), from + VECTORS_A_PART); k++) {
            Map.Entry<String, Vector> e = vectors.get(k);
            String expected = fieldRef(fields, k);
            if (!e.getKey().equals(expected))
                throw new IllegalArgumentException("a packed index needs numbered documents with every field: "
                        + e.getKey() + " where " + expected + " should be");
            if (k > 0) sb.append(',');
            writeSteps(e.getValue().toJSON(), sb);
        }
        return sb;
    }

    private static List<String> termsByIndex(Index index) {
        String[] terms = new String[index.terms().size()];
        for (String term : index.terms()) {
            Posting posting = index.posting(term);
            int at = (int) posting.termIndex();
            if (at != posting.termIndex() || at < 0 || at >= terms.length || terms[at] != null)
                throw new IllegalArgumentException("term indexes must be 0 to n-1: " + term);
            for (DocList docs : posting.byField)
                for (int i = 0; i < docs.size(); i++)
                    if (!docs.meta(i).isEmpty())
                        throw new IllegalArgumentException("a packed index keeps no metadata: " + term);
            terms[at] = term;
        }
        return List.of(terms);
    }

    private static void writeSteps(double[] elements, StringBuilder sb) {
        sb.append('"');
        double previous = 0;
        for (int i = 0; i < elements.length; i += 2) {
            double step = elements[i] - previous;
            if (step < 0 || i > 0 && step == 0) throw new IllegalArgumentException("vector term indexes must ascend");
            writeWholeNumber((long) step, sb);
            writeWholeNumber(thousandths(elements[i + 1]), sb);
            previous = elements[i];
        }
        sb.append('"');
    }

    private static long thousandths(double score) {
        long thousandths = Math.round(score * 1000);
        if (thousandths < 0 || thousandths / 1000.0 != score)
            throw new IllegalArgumentException(
                    "a packed index keeps scores in whole thousandths, as lunr rounds them: " + score);
        return thousandths;
    }

    private static void writeWholeNumber(long n, StringBuilder sb) {
        int digits = 1;
        while (digits < 13 && n >>> (5 * digits) != 0) digits++;
        for (int d = digits - 1; d > 0; d--) sb.append(DIGITS.charAt(BASE + (int) (n >>> (5 * d) & (BASE - 1))));
        sb.append(DIGITS.charAt((int) (n & (BASE - 1))));
    }

    /** The whole numbers {@link #writeSteps} wrote, in order. */
    private static List<Long> wholeNumbers(String written) {
        List<Long> numbers = new ArrayList<>();
        long n = 0;
        boolean unfinished = false;
        for (int i = 0; i < written.length(); i++) {
            int digit = DIGITS.indexOf(written.charAt(i));
            if (digit < 0) throw new IllegalArgumentException("not a packed vector: " + written);
            n = n * BASE + digit % BASE;
            unfinished = digit >= BASE;
            if (!unfinished) {
                numbers.add(n);
                n = 0;
            }
        }
        if (unfinished || numbers.size() % 2 != 0)
            throw new IllegalArgumentException("not a packed vector: " + written);
        return numbers;
    }

    /** {@code fields[k % n] + "/" + k / n}: the field ref of the {@code k}th vector. */
    private static String fieldRef(List<String> fields, int k) {
        return fields.get(k % fields.size()) + "/" + k / fields.size();
    }

    /** lunr's serialised index, as {@link Index#load(Map)} and {@code lunr.Index.load} take it, from the packed form. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> unpack(Map<String, Object> packed) {
        List<String> fields = (List<String>) (List<?>) packed.get("fields");
        List<Object> terms = (List<Object>) packed.get("terms");
        List<Map<String, Object>> postings = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            Map<String, Object> posting = new LinkedHashMap<>();
            posting.put("_index", i);
            for (String field : fields) posting.put(field, new LinkedHashMap<String, Object>());
            postings.add(posting);
        }
        List<Object> fieldVectors = new ArrayList<>();
        List<Object> vectors = (List<Object>) packed.get("vectors");
        for (int k = 0; k < vectors.size(); k++) {
            String field = fields.get(k % fields.size());
            String ref = String.valueOf(k / fields.size());
            List<Long> steps = wholeNumbers((String) vectors.get(k));
            List<Object> elements = new ArrayList<>(steps.size());
            int termIndex = 0;
            for (int i = 0; i < steps.size(); i += 2) {
                termIndex += Math.toIntExact(steps.get(i));
                elements.add(termIndex);
                elements.add(steps.get(i + 1) / 1000.0);
                ((Map<String, Object>) postings.get(termIndex).get(field)).put(ref, Map.of());
            }
            fieldVectors.add(List.of(field + "/" + ref, elements));
        }
        List<Object> invertedIndex = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) invertedIndex.add(List.of(terms.get(i), postings.get(i)));
        invertedIndex.sort(
                (a, b) -> ((String) ((List<Object>) a).get(0)).compareTo((String) ((List<Object>) b).get(0)));
        Map<String, Object> serialised = new LinkedHashMap<>();
        serialised.put("version", packed.get("version"));
        serialised.put("fields", fields);
        serialised.put("fieldVectors", fieldVectors);
        serialised.put("invertedIndex", invertedIndex);
        serialised.put("pipeline", packed.get("pipeline"));
        return serialised;
    }
}
