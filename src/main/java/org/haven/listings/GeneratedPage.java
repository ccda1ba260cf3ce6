package org.haven.listings;

import org.haven.views.PageView;

/**
 * A page Haven makes from the content: where it goes, the template, its {@code page}, the
 * body of the content page at its address ({@code intro}, or null), and what else its
 * template is given ({@code model}, e.g. a {@code HomeModel}, or null for nothing).
 */
public record GeneratedPage(String url, String template, PageView page, String intro, Record model) {}
