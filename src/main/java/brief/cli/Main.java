package brief.cli;

import brief.diag.BriefException;
import brief.diag.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The brief command line. Exit codes: 0 success, 1 content errors, 2 usage error, 3 I/O or internal error. */
@Command(name = "brief", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a multilingual briefing site from content/ and themes/.",
        footer = {"", "Exit codes: 0 success, 1 content errors, 2 usage error, 3 I/O or internal error."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The commands, in the order help lists them. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(BuildCommand.class, CheckCommand.class,
            ImportCommand.class, NewCommand.class, StampCommand.class, ServeCommand.class, DiffCommand.class,
            GenerateCommand.class, CommandLine.HelpCommand.class);

    /**
     * The command line for {@code args}: with only the command they name when they name one (but help, which
     * describes the others), else with all. Picocli
     * reads every option of every command it is given before parsing (its classes cannot be in Java's start-up
     * cache: they are Java 5 class files), and for `brief build` the seven others cost ~80 ms of CPU of a
     * five-article build's ~1.4 s.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        java.util.List<Class<?>> named = COMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first)).toList();
        (named.isEmpty() ? COMMANDS : named).forEach(cl::addSubcommand);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** brief's version, and the Java it runs on (the launcher picks the newest installed; bug reports need it). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"brief 0.1.0", "Java " + Runtime.version() + " (" + System.getProperty("java.vendor")
                    + ", " + System.getProperty("java.home") + ")"};
        }
    }

    /**
     * A mistyped command or option ("buidl", "--draft") gets the nearest real one, as a staffer who typed it
     * needs; returns false when nothing is near enough, and picocli's own message is printed.
     */
    private static boolean misspelt(CommandLine.UnmatchedArgumentException u) {
        CommandLine cmd = u.getCommandLine();
        java.util.List<String> unmatched = u.getUnmatched();
        if (unmatched.isEmpty()) return false;
        String word = unmatched.get(0);
        boolean option = word.startsWith("-");
        java.util.Collection<String> candidates = option ? cmd.getCommandSpec().optionsMap().keySet()
                : cmd.getSubcommands().keySet();
        if (!option && cmd.getCommandSpec().positionalParameters().size() > 0) return false;
        var near = brief.yaml.Suggest.nearest(option ? word.replaceFirst("=.*", "") : word, candidates);
        String name = cmd.getCommandSpec().qualifiedName();
        String what = option ? "unknown option '" + word + "' for '" + name + "'" : "unknown command '" + word + "'";
        if (option && near.isEmpty()) return false;
        cmd.getErr().println("error: " + what + near.map(n -> "; did you mean '" + n + "'?").orElse(""));
        cmd.getErr().println(option ? "run '" + name + " --help' for the options"
                : "commands: " + String.join(", ", new java.util.TreeSet<>(cmd.getSubcommands().keySet()))
                        + "; run '" + name + " --help' for what each does");
        return true;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; used by the tests too. */
    public static int run(String... args) {
        CommandLine cl = commandLine(args);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof BriefException be) {
                cmd.getErr().println("error: " + be.getMessage());
                return be.exitCode().code();
            }
            if (ex instanceof java.io.UncheckedIOException io) {
                String file = io.getCause() instanceof java.nio.file.FileSystemException f && f.getFile() != null
                        ? f.getFile() + ": " : "";
                cmd.getErr().println("error: cannot read or write " + file + brief.diag.Causes.plain(io.getCause()));
                return ExitCode.INTERNAL.code();
            }
            // Never Java's names in front of a user: the details are for a bug report.
            cmd.getErr().println("internal error in brief (please report it with the command you ran;"
                    + " BRIEF_DEBUG=1 prints the details)");
            if (System.getenv("BRIEF_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return ExitCode.INTERNAL.code();
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            if (ex instanceof CommandLine.UnmatchedArgumentException u && misspelt(u)) return ExitCode.USAGE.code();
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("run '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for the options");
            return ExitCode.USAGE.code();
        });
        return cl.execute(args);
    }
}
