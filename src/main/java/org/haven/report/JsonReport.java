package org.haven.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report for automation ({@code haven report --format json}), in the shape documented in
 * {@code docs/content-report.md}: version 1 only ever gains fields, never loses or renames one.
 */
public final class JsonReport {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String of(ContentReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("site", report.siteName());
        root.put("date", report.date().toString());
        root.put("readingGradeLimit", report.readingGradeLimit());
        ArrayNode sections = root.putArray("sections");
        for (Section section : report.sections()) {
            ObjectNode json = sections.addObject();
            json.put("id", section.id());
            json.put("title", section.title());
            json.put("explanation", section.explanation());
            json.put("count", section.items().size());
            ArrayNode items = json.putArray("items");
            section.items().forEach(item -> item(items.addObject(), item));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report that cannot be written as JSON", e);
        }
    }

    private static void item(ObjectNode json, Item item) {
        if (item.place().title() != null) json.put("title", item.place().title());
        if (item.place().url() != null) json.put("url", item.place().url());
        json.put("file", item.place().file());
        if (item.line() > 0) json.put("line", item.line());
        json.put("note", item.note());
        if (item.reading() != null) {
            json.put("grade", item.reading().grade());
            if (item.reading().limit() != null) json.put("limit", item.reading().limit());
        }
    }
}
