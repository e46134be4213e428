package org.trajectorystudio.persistence.library;

/** Anything that goes wrong in the library, with one message a user can read (no stack trace needed). */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
