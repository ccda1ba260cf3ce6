package org.haven.content;

/**
 * One main navigation link as {@code data/site.yaml} sets it: the words people see, and the
 * page it opens, either a content file ({@code reporting/index.adoc}) or a site path
 * ({@code /levels-of-need/}); {@code line} is where it is written, for an error that names it.
 */
public record NavigationSetting(String label, String page, int line) {

    /** The setting names a file under {@code content/} rather than an address on the site. */
    public boolean namesContentFile() {
        return page.endsWith(".adoc");
    }
}
