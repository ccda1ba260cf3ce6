package org.haven.lunr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * lunr.tokenizer: lower-cases the input and splits it on runs of JS whitespace and hyphens
 * ({@code /[\s\-]+/}), tested one UTF-16 code unit at a time. Each token carries
 * {@code position: [start, length]} (in the lower-cased string) and {@code index}. Collections are
 * tokenized element by element, without position metadata.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /** True for the characters lunr.tokenizer.separator matches. */
    public static boolean isSeparator(char c) {
        return c == '-' || Js.isJsWhitespace(c);
    }

    /** Tokenizes a field value with no field metadata. */
    public static List<Token> tokenize(Object obj) {
        return tokenize(obj, null);
    }

    /** Tokenizes a field value; {@code fields} becomes each token's "fields" metadata. */
    public static List<Token> tokenize(Object obj, List<String> fields) {
        if (obj == null) return new ArrayList<>();
        if (obj instanceof Collection<?> c) {
            List<Token> tokens = new ArrayList<>(c.size());
            for (Object t : c) {
                tokens.add(new Token(asString(t).toLowerCase(Locale.ROOT), fields, 0, -1, -1));
            }
            return tokens;
        }
        String str = asString(obj).toLowerCase(Locale.ROOT);
        int len = str.length();
        List<Token> tokens = new ArrayList<>(len / 5 + 4);
        int sliceStart = 0;
        for (int sliceEnd = 0; sliceEnd <= len; sliceEnd++) {
            if (sliceEnd == len || isSeparator(str.charAt(sliceEnd))) {
                int sliceLength = sliceEnd - sliceStart;
                if (sliceLength > 0) {
                    tokens.add(new Token(
                            str.substring(sliceStart, sliceEnd), fields, sliceStart, sliceLength, tokens.size()));
                }
                sliceStart = sliceEnd + 1;
            }
        }
        return tokens;
    }

    static String asString(Object o) {
        if (o == null) return "";
        if (o instanceof Double || o instanceof Float) return Js.numberToString(((Number) o).doubleValue());
        return o.toString();
    }
}
