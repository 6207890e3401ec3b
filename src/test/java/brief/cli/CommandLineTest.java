package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * brief reads only the command it runs (picocli's reading of every command's options was a tenth of a
 * five-article build), and still lists, describes and suggests every command where a user needs them.
 */
class CommandLineTest {
    static final List<String> ALL = List.of("build", "check", "import", "new", "stamp", "serve", "diff", "generate", "help");

    @Test
    void aNamedCommandIsTheOnlyOneRead() {
        assertEquals(List.of("build"), List.copyOf(Main.commandLine("build", "--quiet").getSubcommands().keySet()));
        assertEquals(List.of("stamp"), List.copyOf(Main.commandLine("stamp", "x", "--lang", "en").getSubcommands().keySet()));
    }

    @Test
    void helpTheTopLevelAndAMisspeltCommandSeeEveryCommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "build"}, {"buidl"}, {"--version"}}) {
            assertEquals(ALL, List.copyOf(Main.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
        Sites.Run help = Sites.brief("help", "build");
        assertEquals(0, help.exit(), help.all());
        assertTrue(help.out().startsWith("Usage: brief build "), help.out());
        Sites.Run top = Sites.brief("--help");
        for (String c : ALL) assertTrue(top.out().contains("\n  " + c + " "), c + " listed:\n" + top.out());
        Sites.Run typo = Sites.brief("buidl");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().startsWith("error: unknown command 'buidl'; did you mean 'build'?\n"), typo.err());
    }
}
