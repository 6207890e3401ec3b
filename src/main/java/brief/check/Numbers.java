package brief.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a sentence states, read the way its language writes them: "11,8%" and "6.200" in Vietnamese,
 * "11.8%" and "6,200" in English; month names count as their numbers ("26 October" = 26 and 10).
 */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
    private static final Pattern MONTH_NAME = Pattern.compile("\\b(January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\b");

    private static final Map<String, Integer> SCALES = Map.of("nghìn", 3, "ngàn", 3, "triệu", 6, "tỷ", 9, "tỉ", 9,
            "thousand", 3, "million", 6, "billion", 9, "trillion", 12, "bn", 9);
    private static final Pattern SCALE = Pattern.compile("\\s*(nghìn|ngàn|triệu|tỷ|tỉ|thousand|million|billion|trillion|bn)"
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Numbers() {}

    /** The numbers in the text, sorted, as plain decimal strings ("11.8", "6200"). */
    static List<String> in(String text, String lang) {
        List<String> out = new ArrayList<>();
        boolean commaDecimal = usesDecimalComma(lang);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(scaled(canonical(m.group(), commaDecimal), text, m.end()));
        if (lang.startsWith("en")) {
            Matcher mm = MONTH_NAME.matcher(text);
            while (mm.find()) {
                // "May" is also a verb; only count it next to a day or a year.
                String around = text.substring(Math.max(0, mm.start() - 4), Math.min(text.length(), mm.end() + 16));
                if (mm.group(1).equals("May") && !around.matches("(?s).*\\d.*")) continue;
                out.add(String.valueOf(MONTHS.get(mm.group(1).toLowerCase(Locale.ROOT))));
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * The number times the scale words that follow it, so that "453 tỷ USD" and "USD 453 billion" agree and
     * "453 triệu" (million) does not; "nghìn tỷ" is a thousand billion.
     */
    static String scaled(String number, String text, int end) {
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return number;
        }
        boolean any = false;
        Matcher w = SCALE.matcher(text).region(end, text.length());
        while (w.lookingAt()) {
            value = value.multiply(BigDecimal.TEN.pow(SCALES.get(w.group(1).toLowerCase(Locale.ROOT))));
            any = true;
            w.region(w.end(), text.length());
        }
        return any ? value.stripTrailingZeros().toPlainString() : number;
    }

    static boolean usesDecimalComma(String lang) {
        return !(lang.startsWith("en") || lang.startsWith("zh") || lang.startsWith("ja") || lang.startsWith("ko")
                || lang.startsWith("th"));
    }

    static String canonical(String raw, boolean commaDecimal) {
        char group = commaDecimal ? '.' : ',';
        char decimal = commaDecimal ? ',' : '.';
        String s = raw;
        // A separator followed by exactly three digits groups thousands; otherwise it is a decimal point,
        // whichever character the writer used ("98.37%" in a Vietnamese text).
        StringBuilder sb = new StringBuilder();
        String[] parts = s.split("[.,]");
        int idx = parts[0].length();
        sb.append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            char sep = s.charAt(idx);
            boolean thousands = parts[i].length() == 3 && (sep == group || i < parts.length - 1);
            sb.append(thousands && sep != decimal ? "" : ".").append(parts[i]);
            idx += 1 + parts[i].length();
        }
        try {
            return new BigDecimal(sb.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
