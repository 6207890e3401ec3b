package brief.diag;

/** A failure that stops a command, with a message fit for the user (never a stack trace). */
public class BriefException extends RuntimeException {
    private final ExitCode exitCode;

    public BriefException(String message) {
        this(message, ExitCode.CONTENT_ERRORS);
    }

    public BriefException(String message, ExitCode exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public BriefException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = ExitCode.CONTENT_ERRORS;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
