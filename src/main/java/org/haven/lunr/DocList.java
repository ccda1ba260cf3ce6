package org.haven.lunr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents one field of a posting holds (lunr's {@code posting[field]} object): doc refs in
 * insertion order, each with its metadata. Kept as parallel arrays, which is much smaller than a
 * map; {@link #order()} gives JS key order.
 */
final class DocList {
    private static final String[] NO_REFS = new String[0];

    @SuppressWarnings("unchecked")
    private static final Map<String, List<Object>>[] NO_METAS = new Map[0];

    private String[] refs = NO_REFS;
    private Map<String, List<Object>>[] metas = NO_METAS;
    private int size;
    private boolean arrayIndexKeys;
    private HashMap<String, Integer> lookup;

    int size() {
        return size;
    }

    String ref(int i) {
        return refs[i];
    }

    Map<String, List<Object>> meta(int i) {
        return metas[i];
    }

    /** Adds a document not yet present. */
    void append(String ref, Map<String, List<Object>> meta) {
        if (size == refs.length) {
            int n = Math.max(4, size * 2);
            refs = Arrays.copyOf(refs, n);
            metas = Arrays.copyOf(metas, n);
        }
        refs[size] = ref;
        metas[size] = meta;
        if (lookup != null) lookup.put(ref, size);
        size++;
        if (!arrayIndexKeys && Js.isArrayIndex(ref)) arrayIndexKeys = true;
    }

    /** The metadata for {@code ref}, or null. */
    Map<String, List<Object>> get(String ref) {
        if (size <= 8) {
            for (int i = 0; i < size; i++) if (refs[i].equals(ref)) return metas[i];
            return null;
        }
        if (lookup == null) {
            lookup = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) lookup.put(refs[i], i);
        }
        Integer i = lookup.get(ref);
        return i == null ? null : metas[i];
    }

    /** Positions in JS object key order: array-index refs ascending first, then insertion order. */
    int[] order() {
        int[] out = new int[size];
        if (!arrayIndexKeys) {
            for (int i = 0; i < size; i++) out[i] = i;
            return out;
        }
        List<Integer> idx = new ArrayList<>(), rest = new ArrayList<>();
        for (int i = 0; i < size; i++) (Js.isArrayIndex(refs[i]) ? idx : rest).add(i);
        idx.sort((a, b) -> Long.compare(Long.parseLong(refs[a]), Long.parseLong(refs[b])));
        int k = 0;
        for (int i : idx) out[k++] = i;
        for (int i : rest) out[k++] = i;
        return out;
    }
}
