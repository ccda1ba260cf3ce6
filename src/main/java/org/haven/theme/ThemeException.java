package org.haven.theme;

/** A template could not be found, read or rendered; the message is written for a site's editor. */
public final class ThemeException extends RuntimeException {
    private final String templateFile;
    private final Integer line;

    public ThemeException(String message, String templateFile, Integer line, Throwable cause) {
        super(message, cause);
        this.templateFile = templateFile;
        this.line = line;
    }

    public ThemeException(String message) {
        this(message, null, null, null);
    }

    /** The template file the problem is in (e.g. {@code templates/page.peb}), or null. */
    public String templateFile() {
        return templateFile;
    }

    /** The line in that file, or null when not known. */
    public Integer line() {
        return line;
    }

    /** No stack trace is wanted for a problem in a site's own files. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
