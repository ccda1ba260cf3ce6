package org.haven.content;

import java.util.Arrays;
import java.util.Optional;

/** Whose priority a plan's priority is, in the order a plan page lists them. */
public enum Scope {
    JOINT("Joint priorities"),
    CHILDREN("Children's priorities"),
    ADULTS("Adults' priorities");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String word() {
        return name().toLowerCase();
    }

    public String label() {
        return label;
    }

    public static Optional<Scope> parse(String value) {
        return Arrays.stream(values())
                .filter(s -> s.word().equals(value.trim()))
                .findFirst();
    }
}
