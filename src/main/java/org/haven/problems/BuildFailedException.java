package org.haven.problems;

import java.util.List;

/** A build stopped by errors; carries them so the command line can print each one plainly. */
public final class BuildFailedException extends RuntimeException {
    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).count() + " error(s)");
        this.problems = List.copyOf(problems);
    }

    public static BuildFailedException of(Problem problem) {
        return new BuildFailedException(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
