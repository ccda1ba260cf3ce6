package org.haven.theme;

import com.mitchellbosecke.pebble.extension.escaper.SafeString;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ui}: the interface's wording for one page, in the page's language where there is
 * wording for it. Whatever it writes in another language than the page's (English where a
 * language's file leaves a string out, the site's own names and hours from {@code site.yaml})
 * comes inside an element saying its language, and its direction where that differs, so a
 * screen reader reads it in the right voice.
 *
 * @param pageLanguage the page's language ({@code page.lang})
 * @param siteLanguage the language {@code site.yaml}'s text is written in
 * @param messages the wording for the page's language
 */
public record InterfaceText(String pageLanguage, String siteLanguage, Messages messages) {
    private static final String DATE_FORMAT = "date.format";
    /** Each wording's date format, read once: every page writes dates, in a few languages at most. */
    private static final Map<DateFormat, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private record DateFormat(String pattern, String language) {
        DateTimeFormatter formatter() {
            return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language));
        }
    }

    public static InterfaceText of(InterfaceLanguages languages, String pageLanguage, String siteLanguage) {
        return new InterfaceText(pageLanguage, siteLanguage, languages.forLanguage(pageLanguage));
    }

    /** {@code rtl} or {@code ltr}: the page's direction. */
    public String dir() {
        return TextDirection.of(pageLanguage);
    }

    /** The text called {@code name}, marked with its language where it is not the page's. */
    public SafeString text(String name) {
        return text(name, Map.of());
    }

    /**
     * The text called {@code name} with each {@code {key}} replaced by its value: text is
     * escaped, and a value from {@code ui} itself (a phone link, the site's name) is kept as it is.
     */
    public SafeString text(String name, Map<String, Object> values) {
        String text = escape(messages.text(name));
        for (Map.Entry<String, Object> value : values.entrySet()) {
            Object v = value.getValue();
            String html = v instanceof SafeString safe ? safe.toString() : escape(String.valueOf(v));
            text = text.replace("{" + value.getKey() + "}", html);
        }
        return inLanguage(new SafeString(text), messages.languageOf(name));
    }

    /** The text called {@code name} unmarked, for an attribute (an {@code aria-label}, a script's wording). */
    public String plain(String name) {
        return messages.text(name);
    }

    /** The text called {@code name} unmarked, each {@code {key}} replaced by its value. */
    public String plain(String name, Map<String, Object> values) {
        String text = messages.text(name);
        for (Map.Entry<String, Object> value : values.entrySet())
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        return text;
    }

    /** {@code lang="…"} (with a space before it) where the text called {@code name} is not in the page's language, else nothing: for an element whose own attributes hold it. */
    public SafeString langOf(String name) {
        return new SafeString(attributes(messages.languageOf(name)));
    }

    /** Text from {@code site.yaml} (the site's name, a contact's name or hours), marked where the page is in another language. */
    public SafeString site(String text) {
        return inLanguage(text, siteLanguage);
    }

    /** {@code text} marked as being in {@code language} where that is not the page's language. */
    public SafeString inLanguage(Object text, String language) {
        String html = text instanceof SafeString safe ? safe.toString() : escape(String.valueOf(text));
        String marks = attributes(language);
        return new SafeString(marks.isEmpty() ? html : "<span" + marks + ">" + html + "</span>");
    }

    /** A link to a phone number, kept left to right in right-to-left text. */
    public SafeString phone(String number, String href, String cssClass) {
        return new SafeString("<a class=\"" + escape(cssClass) + "\" href=\"" + escape(href) + "\" dir=\"ltr\">"
                + escape(number) + "</a>");
    }

    /** A key on the keyboard, such as Shift, shown as a key. */
    public SafeString key(String name) {
        return new SafeString("<kbd>" + escape(name) + "</kbd>");
    }

    /** Text that reads left to right whatever the page's direction, such as a web address. */
    public SafeString leftToRight(String text) {
        return new SafeString("<bdi dir=\"ltr\">" + escape(text) + "</bdi>");
    }

    /** A link whose words are the text called {@code name}. */
    public SafeString link(String name, String href) {
        return new SafeString("<a class=\"govuk-link\" href=\"" + escape(href) + "\">" + text(name) + "</a>");
    }

    /** A day given as {@code 2026-03-12}, written as the wording's {@code date.format} says ("12 March 2026"). */
    public SafeString date(String isoDate) {
        if (isoDate == null || isoDate.isEmpty()) return new SafeString("");
        String language = messages.languageOf(DATE_FORMAT);
        DateTimeFormatter format =
                FORMATTERS.computeIfAbsent(new DateFormat(messages.text(DATE_FORMAT), language), DateFormat::formatter);
        return inLanguage(LocalDate.parse(isoDate).format(format), language);
    }

    /**
     * {@code lang="en-GB"} where the page is not in English, else nothing: for the theme's few
     * pages whose prose is not yet in the message files (the accessibility statement, staying safe online).
     */
    public SafeString englishOnly() {
        return new SafeString(attributes(InterfaceLanguages.ENGLISH));
    }

    private String attributes(String language) {
        if (language == null || sameLanguage(language, pageLanguage)) return "";
        String direction = TextDirection.of(language);
        return " lang=\"" + escape(language) + "\"" + (direction.equals(dir()) ? "" : " dir=\"" + direction + "\"");
    }

    private static boolean sameLanguage(String one, String other) {
        return other != null
                && (one.equals(other) || InterfaceLanguages.primary(one).equals(InterfaceLanguages.primary(other)));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
