package org.haven.problems;

/** How serious a problem is: an error stops the build, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
