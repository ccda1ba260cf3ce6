package org.haven.report;

/**
 * What a report item is about, as a comms officer knows it: a page by its title and address,
 * or another file of the site (its settings, a publishing file) by what it is for.
 *
 * @param title the page's title, or what the file is for; null when the file is neither
 * @param url the page's address on the site, or null for a file that is not a page
 * @param file the file to edit, relative to the site folder, always with {@code /}
 */
public record Place(String title, String url, String file) {

    /** The title, or the file when there is none. */
    public String name() {
        return title == null ? file : title;
    }
}
