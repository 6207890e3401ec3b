package brief.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's copies of the seeds are the seeds as received: each has the SHA-256 recorded in
 * src/test/resources/seeds/SHA256SUMS when it was copied (`.ci/run` also compares them with the originals
 * when those are beside the clone; the tests read nothing outside the repository).
 */
class SeedsTest {
    static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void theRepositoryHoldsAllFiveSeeds() throws Exception {
        assertEquals(5, names(Sites.SEEDS).size());
    }

    @Test
    void theCopiesAreByteForByteTheSeedsAsReceived() throws Exception {
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(Sites.SEEDS.resolve("SHA256SUMS"), StandardCharsets.UTF_8)) {
            String[] hashAndName = line.split("  ", 2);
            recorded.put(hashAndName[1], hashAndName[0]);
        }
        Map<String, String> actual = new TreeMap<>();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String n : names(Sites.SEEDS)) {
            actual.put(n, HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(Sites.SEEDS.resolve(n)))));
        }
        assertEquals(recorded, actual, "a seed copy was edited, added or removed: restore the original seed file");
    }
}
