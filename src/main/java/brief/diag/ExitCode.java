package brief.diag;

/** What a command's exit status means; the README's table of exit codes lists the same. */
public enum ExitCode {
    OK(0),
    /** Content errors, or warnings under {@code --strict}. */
    CONTENT_ERRORS(1),
    /** A bad option or argument, or an output folder refused. */
    USAGE(2),
    /** The output or another file cannot be read or written; the message names the path and the cause. */
    IO(3),
    /** A bug in brief; its details are printed with {@code BRIEF_DEBUG=1}. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process's exit status. */
    public int code() {
        return code;
    }
}
