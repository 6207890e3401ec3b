package brief.diag;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * The cause of a failed file operation in plain words ("permission denied", "no space left on device"), for
 * messages: never a Java class name. The path is left out, since every message names it already.
 */
public final class Causes {
    private Causes() {}

    public static String plain(Throwable e) {
        // commons-io and others wrap the system's error (IOIndexedException, IOExceptionList): report the first.
        Throwable t = e;
        while (t.getCause() instanceof IOException inner && t.getClass().getName().startsWith("org.apache.commons.io")) {
            t = inner;
        }
        if (t instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (t instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        if (t instanceof java.nio.file.NotDirectoryException) return "not a folder";
        if (t instanceof java.nio.file.DirectoryNotEmptyException) return "the folder is not empty";
        if (t instanceof java.nio.file.FileAlreadyExistsException) return "a file of that name already exists";
        if (t instanceof java.nio.file.FileSystemLoopException) return "a symbolic link loop";
        if (t instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        String m = t.getMessage();
        if (m == null || m.isBlank() || m.contains("Exception") || m.contains("java.")) return "input/output error";
        return m.toLowerCase(Locale.ROOT).startsWith("no space") ? "no space left on device" : m;
    }
}
