package org.haven.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The problems found during one build; safe to add to from several threads. */
public final class Problems {
    private final List<Problem> found = Collections.synchronizedList(new ArrayList<>());

    public void add(Problem problem) {
        found.add(problem);
    }

    public void error(String file, int line, String message, String fix) {
        add(Problem.error(file, line, message, fix));
    }

    public void warning(String file, int line, String message, String fix) {
        add(Problem.warning(file, line, message, fix));
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    public long errors() {
        return sorted().stream().filter(Problem::isError).count();
    }

    /** Every problem, by file and line, without repeats. */
    public List<Problem> sorted() {
        synchronized (found) {
            return found.stream().distinct().sorted().toList();
        }
    }
}
