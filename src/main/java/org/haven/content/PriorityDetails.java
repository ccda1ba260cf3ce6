package org.haven.content;

/** A strategic priority: the plan it belongs to (e.g. {@code 2023-2026}) and whose priority it is. */
public record PriorityDetails(String plan, Scope scope) implements PageDetails {}
