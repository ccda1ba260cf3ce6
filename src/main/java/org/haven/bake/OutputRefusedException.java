package org.haven.bake;

/** Haven will not write the site where it was asked to, as files there would be lost; the message says why and what to do. */
public final class OutputRefusedException extends RuntimeException {
    public OutputRefusedException(String message) {
        super(message);
    }
}
