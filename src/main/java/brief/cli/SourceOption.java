package brief.cli;

import brief.diag.BriefException;
import brief.diag.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --source option shared by the commands that read a site. */
final class SourceOption {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "The folder that holds content/ and themes/ (default: the current folder).")
    Path source;

    Path root() {
        Path p = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) throw new BriefException("--source " + source + " is not a folder", ExitCode.USAGE);
        return p;
    }
}
