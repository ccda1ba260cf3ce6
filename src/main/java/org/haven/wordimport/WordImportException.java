package org.haven.wordimport;

/** A document Haven cannot import, said as: which file, what is wrong with it, what to do. */
public final class WordImportException extends RuntimeException {
    public WordImportException(String message) {
        super(message);
    }
}
