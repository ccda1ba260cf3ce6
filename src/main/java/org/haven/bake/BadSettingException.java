package org.haven.bake;

/** A setting from the environment Haven cannot use; the message names it and says what to set instead. */
public final class BadSettingException extends RuntimeException {
    public BadSettingException(String message) {
        super(message);
    }
}
