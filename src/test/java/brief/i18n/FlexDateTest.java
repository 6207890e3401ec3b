package brief.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlexDateTest {

    @Test
    void aDayAMonthOrAYearIsReadWithItsPrecision() {
        FlexDate day = FlexDate.parse("2025-10-26").orElseThrow();
        assertEquals(FlexDate.Precision.DAY, day.precision());
        assertEquals(LocalDate.of(2025, 10, 26), day.start());
        assertEquals(LocalDate.of(2025, 10, 26), day.end());

        FlexDate month = FlexDate.parse("2017-11").orElseThrow();
        assertEquals(FlexDate.Precision.MONTH, month.precision());
        assertEquals(LocalDate.of(2017, 11, 1), month.start());
        assertEquals(LocalDate.of(2017, 11, 30), month.end());
        assertEquals("2017-11", month.iso());

        FlexDate year = FlexDate.parse("2027").orElseThrow();
        assertEquals(FlexDate.Precision.YEAR, year.precision());
        assertEquals(LocalDate.of(2027, 12, 31), year.end());
        assertEquals("2027", year.iso());
    }

    @Test
    void singleDigitMonthsAndDaysAreReadAndWrittenInFull() {
        assertEquals("2025-07-05", FlexDate.parse(" 2025-7-5 ").orElseThrow().iso());
    }

    @Test
    void aLeapDayExistsOnlyInALeapYear() {
        assertEquals(LocalDate.of(2024, 2, 29), FlexDate.parse("2024-02-29").orElseThrow().start());
        DateTimeException e = assertThrows(DateTimeException.class, () -> FlexDate.parse("2025-02-29"));
        assertEquals("day 29 does not exist in 2025-02 (1 to 28)", e.getMessage());
    }

    @Test
    void aMonthOrDayThatDoesNotExistIsExplained() {
        assertEquals("month 13 does not exist (1 to 12)",
                assertThrows(DateTimeException.class, () -> FlexDate.parse("2025-13-45")).getMessage());
        assertEquals("month 0 does not exist (1 to 12)",
                assertThrows(DateTimeException.class, () -> FlexDate.parse("2025-00")).getMessage());
        assertEquals("day 31 does not exist in 2025-04 (1 to 30)",
                assertThrows(DateTimeException.class, () -> FlexDate.parse("2025-04-31")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "26/10/2025", "2025/10/26", "October 2025", "25-10-26", "2025-10-26T10:00", "20251026",
            "2025-100-1"})
    void otherFormsAreNotDates(String text) {
        assertTrue(FlexDate.parse(text).isEmpty(), text);
    }

    @Test
    void datesSortByTheirFirstDay() {
        // Ties between a day and the month or year that contains it are left out: FlexDate.compareTo's comment
        // says the day sorts after, its code sorts it first (reported to the lead, i18n is not ours to change).
        List<FlexDate> dates = new ArrayList<>(List.of(FlexDate.parse("2025-03-02").orElseThrow(),
                FlexDate.parse("2026").orElseThrow(), FlexDate.parse("2025-02").orElseThrow(),
                FlexDate.parse("2024-12-31").orElseThrow()));
        dates.sort(null);
        assertEquals(List.of("2024-12-31", "2025-02", "2025-03-02", "2026"), dates.stream().map(FlexDate::iso).toList());
    }
}
