package org.haven.content;

import java.util.Arrays;
import java.util.Optional;

/** Who a page or contact is for. */
public enum Audience {
    PUBLIC,
    PROFESSIONAL,
    EVERYONE;

    public String word() {
        return name().toLowerCase();
    }

    public static Optional<Audience> parse(String value) {
        return Arrays.stream(values())
                .filter(a -> a.word().equals(value.trim()))
                .findFirst();
    }

    public static String choices() {
        return "public, professional or everyone";
    }
}
