package org.haven.lunr;

/**
 * lunr.trimmer: removes leading and trailing non-word characters ({@code /^\W+/}, {@code /\W+$/}),
 * where, as in JavaScript, word characters are only ASCII letters, digits and underscore. So
 * "café" becomes "caf" and "日本" becomes "", exactly as in lunr.js.
 */
public final class Trimmer {
    private Trimmer() {}

    public static final PipelineFunction TRIMMER = (token, i, tokens) -> token.update(trim(token.toString()));

    public static String trim(String s) {
        int start = 0, end = s.length();
        while (start < end && !Js.isJsWordChar(s.charAt(start))) start++;
        while (end > start && !Js.isJsWordChar(s.charAt(end - 1))) end--;
        return (start == 0 && end == s.length()) ? s : s.substring(start, end);
    }
}
