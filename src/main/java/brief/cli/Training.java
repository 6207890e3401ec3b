package brief.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs several brief command lines, separated by {@code --}, one after the other in one JVM (each whatever the
 * others gave: a training run learns from a build that failed too), and exits with the first non-zero code. The launcher runs it once per jar with {@code -XX:AOTMode=record}, so that Java 25's
 * start-up cache learns both the project's own small site and an archive-shaped generated one: trained on the
 * five articles alone the cache lacks classes a large build loads, trained on the archive alone it lacks some the
 * real site loads (README, Performance).
 */
public final class Training {
    private Training() {}

    public static void main(String[] args) {
        System.exit(runAll(args));
    }

    /** Runs every command line; the exit code of the first that failed, or 0 when all succeeded. */
    static int runAll(String... args) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        for (String a : args) {
            if (a.equals("--")) lines.add(new ArrayList<>());
            else lines.get(lines.size() - 1).add(a);
        }
        int first = 0;
        for (List<String> line : lines) {
            if (line.isEmpty()) continue;
            int code = Main.run(line.toArray(String[]::new));
            if (first == 0) first = code;
        }
        return first;
    }
}
