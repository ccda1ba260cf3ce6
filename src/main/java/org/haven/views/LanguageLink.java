package org.haven.views;

/**
 * One language of a page in the language switcher: the language's own name, its tag (for
 * {@code lang} and {@code hreflang}) and the address of the page in it.
 *
 * @param current whether this is the page being shown, which the switcher names without a link
 */
public record LanguageLink(String name, String lang, String url, boolean current) {}
