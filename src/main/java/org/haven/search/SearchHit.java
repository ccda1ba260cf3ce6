package org.haven.search;

/**
 * One search result.
 *
 * @param ref the document's ref
 * @param title its title
 * @param url its link
 * @param summary its summary
 * @param type its display label
 * @param score lunr's score
 */
public record SearchHit(String ref, String title, String url, String summary, String type, double score) {}
