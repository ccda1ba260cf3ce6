package org.haven.wordimport;

import java.util.regex.Pattern;

/**
 * Words from Word written so that AsciiDoc shows them exactly as typed. A character AsciiDoc
 * could read as markup is written as a numeric character reference ({@code &#42;} for *):
 * Asciidoctor passes a reference through every substitution untouched and the browser shows
 * the character. A line AsciiDoc could read as the start of a block (a list item, a title, a
 * comment, an attribute, a delimiter) starts with {@code {empty}}, which shows as nothing.
 */
final class LiteralText {
    /** Marks of superscript, subscript, escapes, attributes, tables and cross-references. */
    private static final String MARKUP_ANYWHERE = "^~\\{|<";

    /**
     * Marks of bold, italic, code, highlight and passthrough: alone inside a word (snake_case, a*b)
     * they open and close nothing, as AsciiDoc wants no letter before a mark that opens and none after one that closes.
     */
    private static final String MARKUP_AT_WORD_EDGES = "*_`#+";

    /** What Asciidoctor reads as a character reference of its own, and so would not show as typed. */
    private static final Pattern REFERENCE_AHEAD = Pattern.compile("#?[A-Za-z0-9]+;");

    /**
     * The names of AsciiDoc's inline macros and the addresses it makes links of: with their colon,
     * they join a later [ (a link's or a footnote's, written by the import) into a macro.
     */
    private static final Pattern MACRO_NAME_BEFORE =
            Pattern.compile("(?:image|icon|link|mailto|xref|footnote|footnoteref|kbd|btn|menu|pass|stem|latexmath"
                    + "|asciimath|anchor|indexterm2?)$|(?:https?|ftp|irc|file)$(?=://)");

    /** (C), (R) and (TM) become symbols. */
    private static final Pattern SYMBOL_AHEAD = Pattern.compile("(C|R|TM)\\)");

    /**
     * A line that starts a block: a delimiter, comment, title, attribute, list item (-, •, ., 1., a.,
     * iv)), block quote (>), thematic break, admonition (NOTE:), or an indented literal line.
     */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[=\\-.:>\\[\\s\u2022]|//|'''|[,!]===|\\d+\\.(?:\\s|$)|[A-Za-z]\\.(?:\\s|$)|[IVXivx]+\\)(?:\\s|$)"
                    + "|(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):(?:\\s|$))");

    private static final String EMPTY = "{empty}";

    private LiteralText() {}

    /** Text inside a line: every character AsciiDoc could read as markup, as a character reference. */
    static String inline(String text) {
        return written(text, "");
    }

    /** Text inside a macro's brackets (a footnote's, a picture's words), where ] would end them. */
    static String bracketed(String text) {
        return written(text, "[]");
    }

    /**
     * Text for a link's words, where an equals sign would make AsciiDoc read them as settings, and an
     * email address would become a link inside the link.
     */
    static String linkWords(String text) {
        return written(text, "[]=@");
    }

    /** The text with each character that is markup, or is one of {@code alsoMarkup}, as a character reference. */
    private static String written(String text, String alsoMarkup) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (alsoMarkup.indexOf(c) >= 0 || isMarkup(text, i, out))
                out.append("&#").append((int) c).append(';');
            else out.append(c);
        }
        return out.toString();
    }

    /** A title's AsciiDoc text, kept whole: AsciiDoc drops = marks at a title's end, as it allows them at both ends. */
    static String title(String asciidoc) {
        return asciidoc.replaceFirst("=$", "&#61;");
    }

    /** Each line of a block's text, made to start as text and not as AsciiDoc block syntax. */
    static String lines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) out.append('\n');
            if (BLOCK_START.matcher(line).find()) out.append(EMPTY);
            out.append(line);
        }
        return out.toString();
    }

    private static boolean isMarkup(String text, int i, CharSequence written) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        char lastWritten = written.isEmpty() ? ' ' : written.charAt(written.length() - 1);
        return switch (c) {
                // & before what looks like a reference; -- and -> (dashes, arrows); => (arrow);
                // ... (ellipsis); :: and ;; (description lists, block macros); a macro's name or an
                // address's scheme and its colon; (( (index terms);
                // $$ (passthrough); [[ (anchors); (C) and the like (symbols)
            case '&' -> REFERENCE_AHEAD
                    .matcher(text)
                    .region(i + 1, text.length())
                    .lookingAt();
            case '-' -> before == '-' || after == '>';
            case '=' -> after == '>';
            case '.' -> i >= 2 && text.startsWith("..", i - 2);
            case ':' -> lastWritten == c
                    || MACRO_NAME_BEFORE
                            .matcher(text)
                            .useTransparentBounds(true)
                            .region(Math.max(0, i - 12), i)
                            .find();
            case ';' -> lastWritten == c;
            case '(' -> before == '('
                    || SYMBOL_AHEAD.matcher(text).region(i + 1, text.length()).lookingAt();
            case '$' -> before == '$';
            case '[' -> after == '[';
            default -> MARKUP_ANYWHERE.indexOf(c) >= 0
                    || MARKUP_AT_WORD_EDGES.indexOf(c) >= 0
                            && !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
        };
    }
}
