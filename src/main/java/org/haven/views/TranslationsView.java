package org.haven.views;

import java.util.List;

/**
 * {@code page.translations}: the languages one page is written in, for the language switcher and
 * the {@code hreflang} links; null on a page in one language only.
 *
 * @param label what the switcher is called ("This page in other languages")
 * @param languages every language of the page, the page's own among them
 * @param defaultUrl the page the others translate, for {@code hreflang="x-default"}
 * @param helpTitle the title of the "Help in other languages" page, on the page the others translate; else null
 * @param helpUrl that page's address, or null
 */
public record TranslationsView(
        String label, List<LanguageLink> languages, String defaultUrl, String helpTitle, String helpUrl) {}
