package brief.diag;

/** A failure that stops a command, with a message fit for the user (never a stack trace). */
public class BriefException extends RuntimeException {
    private final int exitCode;

    public BriefException(String message) {
        this(message, 1);
    }

    public BriefException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public BriefException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    public int exitCode() {
        return exitCode;
    }
}
