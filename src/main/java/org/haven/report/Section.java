package org.haven.report;

import java.util.List;

/**
 * A part of the report.
 *
 * @param id a stable name for automation ({@code still-to-write}, {@code reading-grade}…)
 * @param explanation what the section lists and what to do about it, in plain words
 */
public record Section(String id, String title, String explanation, List<Item> items) {}
