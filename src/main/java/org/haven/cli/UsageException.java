package org.haven.cli;

/** The command was written wrongly; the message says how. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
