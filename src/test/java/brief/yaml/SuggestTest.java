package brief.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestTest {
    static final List<String> LEADERS = List.of("pham-minh-chinh", "luong-cuong", "donald-trump", "to-lam");

    @Test
    void aTypoSuggestsTheNearestId() {
        assertEquals(Optional.of("pham-minh-chinh"), Suggest.nearest("pham-minh-chin", LEADERS));
        assertEquals(Optional.of("pham-minh-chinh"), Suggest.nearest("pham-minh-chihn", LEADERS));
        assertEquals(Optional.of("donald-trump"), Suggest.nearest("donald-trumph", LEADERS));
    }

    @Test
    void caseDoesNotCountAsADifference() {
        assertEquals(Optional.of("outlet"), Suggest.nearest("Outlet", List.of("title", "outlet", "date")));
    }

    @Test
    void somethingTooFarIsNotSuggested() {
        assertEquals(Optional.empty(), Suggest.nearest("xi-jinping", LEADERS));
        assertEquals(Optional.empty(), Suggest.nearest("anything", List.of()));
    }

    @Test
    void shortWordsAllowTwoEdits() {
        assertEquals(Optional.of("en"), Suggest.nearest("eng", List.of("vi", "en")));
        assertEquals(Optional.of("city"), Suggest.nearest("ctiy", List.of("city", "country", "venue")));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirst() {
        assertEquals(Optional.of("ab"), Suggest.nearest("aa", List.of("ba", "ab")));
    }

    @Test
    void distanceIsTheLevenshteinDistance() {
        assertEquals(0, Suggest.distance("", ""));
        assertEquals(3, Suggest.distance("", "abc"));
        assertEquals(3, Suggest.distance("kitten", "sitting"));
        assertEquals(2, Suggest.distance("ctiy", "city"));
    }
}
