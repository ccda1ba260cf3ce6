package org.haven.views;

/**
 * One language of a page in the language switcher: the language's own name, its tag (for
 * {@code lang} and {@code hreflang}), the direction it is written in, and the address of the page in it.
 *
 * @param dir {@code rtl} or {@code ltr}, so "العربية" reads from the right on an English page, and "English" from the left on an Arabic one
 * @param current whether this is the page being shown, which the switcher names without a link
 */
public record LanguageLink(String name, String lang, String dir, String url, boolean current) {}
