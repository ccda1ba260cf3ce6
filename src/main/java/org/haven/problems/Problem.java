package org.haven.problems;

/**
 * One thing wrong with a site, said in plain English.
 *
 * @param file the file relative to the site folder (e.g. {@code content/news/launch.adoc})
 * @param line the 1-based line, or 0 when the problem is not on one line
 * @param message what is wrong
 * @param fix how to put it right
 * @param inDraft whether the file is a page not yet published (a draft, or dated in the future)
 */
public record Problem(Severity severity, String file, int line, String message, String fix, boolean inDraft)
        implements Comparable<Problem> {

    public static Problem error(String file, int line, String message, String fix) {
        return new Problem(Severity.ERROR, file, line, message, fix, false);
    }

    public static Problem warning(String file, int line, String message, String fix) {
        return new Problem(Severity.WARNING, file, line, message, fix, false);
    }

    /** The same problem, said of a page that is not yet published. */
    public Problem ofADraft() {
        return new Problem(severity, file, line, message, fix, true);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "error", "warning", "error in a draft"… */
    public String kind() {
        return (severity == Severity.ERROR ? "error" : "warning") + (inDraft ? " in a draft" : "");
    }

    /** {@code content/a.adoc:3: error: … Fix: …} */
    public String describe() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + kind() + ": " + message + (fix == null || fix.isEmpty() ? "" : "\n    Fix: " + fix);
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) return byFile;
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : message.compareTo(other.message);
    }
}
