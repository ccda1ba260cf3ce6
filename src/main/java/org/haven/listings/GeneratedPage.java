package org.haven.listings;

import java.util.Map;

/** A page Haven makes from the content: where it goes, the template, and what the template is given. */
public record GeneratedPage(String url, String template, Map<String, Object> model) {
}
