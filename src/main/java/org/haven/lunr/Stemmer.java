package org.haven.lunr;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lunr.stemmer: the Porter stemmer exactly as lunr.js implements it, with the same regular
 * expressions (translated so that Java's {@code .} and {@code $} mean what they mean in JS) and
 * the same quirks (the "y" handling, {@code [^aeiou]} consonants, no step 1c for short words).
 * Results are memoised, which does not change them.
 */
public final class Stemmer {
    private Stemmer() {}

    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    private static final String END = "\\z";

    private static Pattern re(String jsSource) {
        return Pattern.compile(jsSource.replace(".", DOT).replace("$", END));
    }

    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"),
            Map.entry("tional", "tion"),
            Map.entry("enci", "ence"),
            Map.entry("anci", "ance"),
            Map.entry("izer", "ize"),
            Map.entry("bli", "ble"),
            Map.entry("alli", "al"),
            Map.entry("entli", "ent"),
            Map.entry("eli", "e"),
            Map.entry("ousli", "ous"),
            Map.entry("ization", "ize"),
            Map.entry("ation", "ate"),
            Map.entry("ator", "ate"),
            Map.entry("alism", "al"),
            Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"),
            Map.entry("ousness", "ous"),
            Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"),
            Map.entry("biliti", "ble"),
            Map.entry("logi", "log"));

    private static final Map<String, String> STEP3 = Map.ofEntries(
            Map.entry("icate", "ic"),
            Map.entry("ative", ""),
            Map.entry("alize", "al"),
            Map.entry("iciti", "ic"),
            Map.entry("ical", "ic"),
            Map.entry("ful", ""),
            Map.entry("ness", ""));

    private static final String c = "[^aeiou]";
    private static final String v = "[aeiouy]";
    private static final String C = c + "[^aeiouy]*";
    private static final String V = v + "[aeiou]*";
    private static final String MGR0 = "^(" + C + ")?" + V + C;
    private static final String MEQ1 = "^(" + C + ")?" + V + C + "(" + V + ")?$";
    private static final String MGR1 = "^(" + C + ")?" + V + C + V + C;
    private static final String S_V = "^(" + C + ")?" + v;

    private static final Pattern RE_MGR0 = re(MGR0);
    private static final Pattern RE_MGR1 = re(MGR1);
    private static final Pattern RE_MEQ1 = re(MEQ1);
    private static final Pattern RE_S_V = re(S_V);
    private static final Pattern RE_1A = re("^(.+?)(ss|i)es$");
    private static final Pattern RE2_1A = re("^(.+?)([^s])s$");
    private static final Pattern RE_1B = re("^(.+?)eed$");
    private static final Pattern RE2_1B = re("^(.+?)(ed|ing)$");
    private static final Pattern RE_1B_2 = re(".$");
    private static final Pattern RE2_1B_2 = re("(at|bl|iz)$");
    private static final Pattern RE3_1B_2 = re("([^aeiouylsz])\\1$");
    private static final Pattern RE4_1B_2 = re("^" + C + v + "[^aeiouwxy]$");
    private static final Pattern RE_1C = re("^(.+?[^aeiou])y$");
    private static final Pattern RE_2 = re(
            "^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern RE_3 = re("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern RE_4 =
            re("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern RE2_4 = re("^(.+?)(s|t)(ion)$");
    private static final Pattern RE_5 = re("^(.+?)e$");
    private static final Pattern RE_5_1 = re("ll$");
    private static final Pattern RE3_5 = re("^" + C + v + "[^aeiouwxy]$");

    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    public static final PipelineFunction STEMMER = (token, i, tokens) -> token.update(stem(token.toString()));

    /** Stems one word as lunr.stemmer does. */
    public static String stem(String w) {
        if (w.length() < 3) return w;
        String cached = CACHE.get(w);
        if (cached != null) return cached;
        String r = stemCodeUnits(w);
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        CACHE.put(w, r);
        return r;
    }

    /**
     * JS regexes see UTF-16 code units while Java's see code points; surrogates are mapped to
     * private-use characters (which the stemmer's classes treat the same way) and back.
     */
    private static String stemCodeUnits(String w) {
        boolean surrogates = false;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (Character.isSurrogate(ch)) surrogates = true;
            else if (ch >= 0xE000 && ch < 0xE800) return porter(w);
        }
        if (!surrogates) return porter(w);
        char[] a = w.toCharArray();
        for (int i = 0; i < a.length; i++) if (Character.isSurrogate(a[i])) a[i] = (char) (a[i] - 0xD800 + 0xE000);
        char[] r = porter(new String(a)).toCharArray();
        for (int i = 0; i < r.length; i++) if (r[i] >= 0xE000 && r[i] < 0xE800) r[i] = (char) (r[i] - 0xE000 + 0xD800);
        return new String(r);
    }

    private static boolean test(Pattern p, String s) {
        return p.matcher(s).find();
    }

    private static String removeLast(String w) {
        // w.replace(/.$/, ""): removes the last character unless it is a JS line terminator
        Matcher m = RE_1B_2.matcher(w);
        return m.find() ? w.substring(0, m.start()) + w.substring(m.end()) : w;
    }

    static String porter(String w) {
        if (w.length() < 3) return w;
        String stem;
        String suffix;
        char firstch = w.charAt(0);
        if (firstch == 'y') w = "Y" + w.substring(1);

        Matcher m;
        if ((m = RE_1A.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1) + m.group(2) + w.substring(m.end());
        } else if ((m = RE2_1A.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1) + m.group(2) + w.substring(m.end());
        }

        if ((m = RE_1B.matcher(w)).find()) {
            if (test(RE_MGR0, m.group(1))) w = removeLast(w);
        } else if ((m = RE2_1B.matcher(w)).find()) {
            stem = m.group(1);
            if (test(RE_S_V, stem)) {
                w = stem;
                if (test(RE2_1B_2, w)) w = w + "e";
                else if (test(RE3_1B_2, w)) w = removeLast(w);
                else if (test(RE4_1B_2, w)) w = w + "e";
            }
        }

        if ((m = RE_1C.matcher(w)).find()) {
            w = m.group(1) + "i";
        }

        if ((m = RE_2.matcher(w)).find()) {
            stem = m.group(1);
            suffix = m.group(2);
            if (test(RE_MGR0, stem)) w = stem + STEP2.get(suffix);
        }

        if ((m = RE_3.matcher(w)).find()) {
            stem = m.group(1);
            suffix = m.group(2);
            if (test(RE_MGR0, stem)) w = stem + STEP3.get(suffix);
        }

        if ((m = RE_4.matcher(w)).find()) {
            stem = m.group(1);
            if (test(RE_MGR1, stem)) w = stem;
        } else if ((m = RE2_4.matcher(w)).find()) {
            stem = m.group(1) + m.group(2);
            if (test(RE_MGR1, stem)) w = stem;
        }

        if ((m = RE_5.matcher(w)).find()) {
            stem = m.group(1);
            if (test(RE_MGR1, stem) || (test(RE_MEQ1, stem) && !test(RE3_5, stem))) w = stem;
        }

        if (test(RE_5_1, w) && test(RE_MGR1, w)) w = removeLast(w);

        if (firstch == 'y') w = "y" + w.substring(1);
        return w;
    }
}
