package org.haven.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title and {@code :name: value} attributes at the top of an AsciiDoc page, with the line
 * each was written on. Read by Haven itself, so Asciidoctor parses each file only once.
 */
public record PageHeader(String title, int titleLine, Map<String, String> attributes, Map<String, Integer> lines) {
    private static final Pattern TITLE = Pattern.compile("^=\\s+(\\S.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^:(!?[\\w][\\w-]*!?):(?:\\s+(.*))?$");

    public static PageHeader parse(SourceText source) {
        String title = null;
        int titleLine = 0;
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        boolean inComment = false;
        List<String> sourceLines = source.lines();
        int i = 0;
        for (; i < sourceLines.size(); i++) {
            String line = sourceLines.get(i);
            if (line.startsWith("////")) {
                inComment = !inComment;
                continue;
            }
            if (inComment || line.startsWith("//") || (title == null && attributes.isEmpty() && line.isBlank()))
                continue;
            if (line.isBlank()) break;
            Matcher titleMatch = TITLE.matcher(line);
            Matcher attributeMatch = ATTRIBUTE.matcher(line);
            if (title == null && titleMatch.matches()) {
                title = titleMatch.group(1).trim();
                titleLine = i + 1;
            } else if (attributeMatch.matches()) {
                String name = attributeMatch.group(1);
                if (name.startsWith("!") || name.endsWith("!")) continue;
                attributes.put(
                        name,
                        attributeMatch.group(2) == null
                                ? ""
                                : attributeMatch.group(2).trim());
                lines.put(name, i + 1);
            } else if (title == null) {
                break;
            }
        }
        return new PageHeader(title, titleLine, attributes, lines);
    }

    public String get(String name) {
        String value = attributes.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The line an attribute was written on, or the title's line when it is missing. */
    public int lineOf(String name) {
        return lines.getOrDefault(name, Math.max(titleLine, 1));
    }
}
