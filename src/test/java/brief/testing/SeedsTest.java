package brief.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's copies of the seeds are the seeds as received. */
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
    void theCopiesAreByteIdenticalToTheSharedSeedsWhereTheyExist() throws Exception {
        Path shared = Sites.projectRoot().resolve("../shared/seeds").normalize();
        // A clone of the repository alone has no ../shared: the copies are then all there is to compare.
        assumeTrue(Files.isDirectory(shared), "no ../shared/seeds beside the repository");
        assertEquals(names(shared), names(Sites.SEEDS));
        for (String n : names(shared)) {
            assertArrayEquals(Files.readAllBytes(shared.resolve(n)), Files.readAllBytes(Sites.SEEDS.resolve(n)), n);
        }
    }
}
