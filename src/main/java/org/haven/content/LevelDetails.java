package org.haven.content;

import java.util.List;

/** A level of need: its number (1 up) and name, e.g. 2, "Additional needs". */
public record LevelDetails(int level, String name) implements PageDetails {

    @Override
    public List<String> keywords() {
        return List.of(name);
    }
}
