package org.haven.checks;

/** How serious a problem is: an error stops the build, a warning does not. */
public enum Severity {
    ERROR, WARNING
}
