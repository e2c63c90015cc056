package org.lime4j.cli;

/**
 * Bad input or arguments that the command can name: a missing file, a malformed row, an output
 * folder that exists. The command prints the message and exits with status 2.
 */
final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
