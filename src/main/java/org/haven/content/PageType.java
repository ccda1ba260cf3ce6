package org.haven.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code jbake-type}s of the content contract. */
public enum PageType {
    PAGE("page", "Page", ""),
    CONCERN("concern", "Report a concern", "reporting"),
    LEVEL("level", "Level of need", "levels"),
    PRIORITY("priority", "Priority", "plan"),
    REVIEW("review", "Review", "reviews"),
    NEWS("news", "News", "news");

    private final String word;
    private final String label;
    private final String defaultFolder;

    PageType(String word, String label, String defaultFolder) {
        this.word = word;
        this.label = label;
        this.defaultFolder = defaultFolder;
    }

    public String word() {
        return word;
    }

    public String label() {
        return label;
    }

    /** Where {@code haven new} puts a page of this type, under {@code content/}. */
    public String defaultFolder() {
        return defaultFolder;
    }

    public static Optional<PageType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.word.equals(value.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(PageType::word).collect(Collectors.joining(", "));
    }
}
