package brief.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date known to a day, a month or only a year: "2025-10-26", "2025-07", "2027". */
public record FlexDate(int year, int month, int day, Precision precision) implements Comparable<FlexDate> {
    public enum Precision { DAY, MONTH, YEAR }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public static FlexDate of(LocalDate d) {
        return new FlexDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Precision.DAY);
    }

    /**
     * Parses the three forms; empty when the text is not one of them. Throws {@link DateTimeException} with
     * a readable message when the form is right but the date does not exist (2025-13-45).
     */
    public static Optional<FlexDate> parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) return Optional.empty();
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return Optional.of(new FlexDate(y, 1, 1, Precision.YEAR));
        int mo = Integer.parseInt(m.group(2));
        if (mo < 1 || mo > 12) throw new DateTimeException("month " + mo + " does not exist (1 to 12)");
        if (m.group(3) == null) return Optional.of(new FlexDate(y, mo, 1, Precision.MONTH));
        int d = Integer.parseInt(m.group(3));
        int max = YearMonth.of(y, mo).lengthOfMonth();
        if (d < 1 || d > max) {
            throw new DateTimeException("day " + d + " does not exist in " + y + "-" + String.format("%02d", mo)
                    + " (1 to " + max + ")");
        }
        return Optional.of(new FlexDate(y, mo, d, Precision.DAY));
    }

    /** The first day this date could mean. */
    public LocalDate start() {
        return LocalDate.of(year, month, day);
    }

    /** The last day this date could mean. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start();
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** ISO form at its own precision: 2025, 2025-07, 2025-07-10. */
    public String iso() {
        // Not String.format: pages print thousands of dates, and formatting showed in the profile.
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (precision != Precision.YEAR) pad(b.append('-'), month, 2);
        if (precision == Precision.DAY) pad(b.append('-'), day, 2);
        return b.toString();
    }

    private static void pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) b.append('0');
        b.append(digits);
    }

    @Override
    public int compareTo(FlexDate o) {
        int c = start().compareTo(o.start());
        // A day-precise date sorts after the month or year that contains it.
        return c != 0 ? c : Integer.compare(o.precision.ordinal(), precision.ordinal());
    }

    @Override
    public String toString() {
        return iso();
    }
}
