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
    /** The numerals {@link #in} reads: {@link #numeralEnd} scans for exactly these (NumbersTest compares them). */
    static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** Month names by language prefix; a language not listed writes months as numbers ("26/10"). */
    private static final Map<String, List<String>> MONTH_NAMES = Map.of(
            "en", List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"),
            "fr", List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre"));
    /** Month names that are also common words ("may", "mars"): counted only next to a number. */
    private static final java.util.Set<String> AMBIGUOUS_MONTHS = java.util.Set.of("may", "mars");

    /** Scale words of Vietnamese, English and French, as powers of ten. */
    private static final Map<String, Integer> SCALES = Map.ofEntries(Map.entry("nghìn", 3), Map.entry("ngàn", 3),
            Map.entry("triệu", 6), Map.entry("tỷ", 9), Map.entry("tỉ", 9), Map.entry("thousand", 3),
            Map.entry("million", 6), Map.entry("millions", 6), Map.entry("billion", 9), Map.entry("billions", 9),
            Map.entry("trillion", 12), Map.entry("bn", 9), Map.entry("mille", 3), Map.entry("milliard", 9),
            Map.entry("milliards", 9));
    private static final Pattern SCALE = Pattern.compile("\\s*(nghìn|ngàn|triệu|tỷ|tỉ|thousand|millions?|billions?|trillion|bn"
            + "|mille|milliards?)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Numbers written in words, by language prefix: cardinals and ordinals, word → value. */
    private static final Map<String, Map<String, Integer>> WORDS = Map.of("en", english(), "vi", vietnamese(), "fr", french());
    /**
     * Vietnamese words that are numbers only after "thứ" (an ordinal): alone, "năm" is also "year", "tư"
     * "private", "nhất" "most".
     */
    private static final java.util.Set<String> VI_ORDINAL_ONLY = java.util.Set.of("năm", "tư", "nhất");

    private Numbers() {}

    /** Whether {@code text} writes the number {@code canonical} ("6") in words, as "sixth" or "thứ sáu". */
    static boolean inWords(String canonical, String text, String lang) {
        Map<String, Integer> words = WORDS.get(lang.length() > 2 ? lang.substring(0, 2) : lang);
        if (words == null || !allDigits(canonical)) return false;
        int n;
        try {
            n = Integer.parseInt(canonical);
        } catch (NumberFormatException e) {
            return false;
        }
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
        for (Map.Entry<String, Integer> w : words.entrySet()) {
            if (w.getValue() != n) continue;
            String word = w.getKey();
            boolean ordinalOnly = lang.startsWith("vi") && VI_ORDINAL_ONLY.contains(word.split(" ")[0]);
            if (lower.contains((ordinalOnly ? " thứ " : " ") + word + " ")) return true;
        }
        return false;
    }

    private static Map<String, Integer> english() {
        String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] nth = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] tenths = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
                "ninetieth"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            m.put(units[i], i + 1);
            m.put(nth[i], i + 1);
        }
        for (int t = 0; t < tens.length; t++) {
            int v = (t + 2) * 10;
            m.put(tens[t], v);
            m.put(tenths[t], v);
            for (int u = 0; u < 9; u++) {
                m.put(tens[t] + "-" + units[u], v + u + 1);
                m.put(tens[t] + "-" + nth[u], v + u + 1);
            }
        }
        m.put("hundred", 100);
        m.put("hundredth", 100);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> vietnamese() {
        String[] units = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int u = 0; u < units.length; u++) m.put(units[u], u + 1);
        m.put("nhất", 1); // thứ nhất
        m.put("tư", 4);   // thứ tư
        m.put("mười", 10);
        for (int t = 1; t <= 9; t++) {
            String ten = t == 1 ? "mười" : units[t - 1] + " mươi";
            if (t > 1) m.put(ten, t * 10);
            for (int u = 1; u <= 9; u++) {
                String unit = u == 1 && t > 1 ? "mốt" : u == 5 ? "lăm" : u == 4 && t > 1 ? "tư" : units[u - 1];
                m.put(ten + " " + unit, t * 10 + u);
            }
        }
        m.put("trăm", 100);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> french() {
        String[] units = {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"};
        String[] nth = {"premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
                "neuvième", "dixième"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            m.put(units[i], i + 1);
            m.put(nth[i], i + 1);
        }
        m.put("une", 1);
        m.put("première", 1);
        m.put("second", 2);
        m.put("seconde", 2);
        return Map.copyOf(m);
    }

    /** The numbers in the text, sorted, as plain decimal strings ("11.8", "6200"). */
    static List<String> in(String text, String lang) {
        List<String> out = new ArrayList<>();
        boolean commaDecimal = usesDecimalComma(lang);
        // What NUMBER finds, scanned by hand: the regular expression tried every position of every text.
        for (int i = 0; i < text.length(); i++) {
            if (!digit(text, i)) continue;
            int start = i;
            i = numeralEnd(text, start);
            out.add(scaled(canonical(text.substring(start, i), commaDecimal), text, i));
        }
        List<String> months = MONTH_NAMES.get(lang.length() > 2 ? lang.substring(0, 2) : lang);
        if (months != null) {
            // Word by word, without a regular expression or a lower-cased copy of every word: month names are
            // 3 to 9 letters long, and most words of a text are not one.
            int n = text.length();
            int i = 0;
            while (i < n) {
                int cp = text.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                while (i < n && Character.isLetter(cp = text.codePointAt(i))) i += Character.charCount(cp);
                int month = i - start < 3 || i - start > 9 ? -1 : monthAt(months, text, start, i);
                if (month < 0) continue;
                String word = months.get(month);
                // "May" is also a verb and "mars" a planet; only count them next to a day or a year.
                String around = text.substring(Math.max(0, start - 4), Math.min(n, i + 16));
                if (AMBIGUOUS_MONTHS.contains(word) && !around.matches("(?s).*\\d.*")) continue;
                if (Character.isLowerCase(text.charAt(start)) && lang.startsWith("en")) continue;
                out.add(String.valueOf(month + 1));
            }
        }
        out.sort(null);
        return out;
    }

    /** The index of the month whose name text[start, end) is, ignoring case; -1 if none. */
    private static int monthAt(List<String> months, String text, int start, int end) {
        for (int m = 0; m < months.size(); m++) {
            String name = months.get(m);
            if (name.length() == end - start && text.regionMatches(true, start, name, 0, name.length())) return m;
        }
        return -1;
    }

    /**
     * The number times the scale words that follow it, so that "453 tỷ USD" and "USD 453 billion" agree and
     * "453 triệu" (million) does not; "nghìn tỷ" is a thousand billion.
     */
    static String scaled(String number, String text, int end) {
        Matcher w = SCALE.matcher(text).region(end, text.length());
        if (!w.lookingAt()) return number;
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return number;
        }
        boolean any = false;
        while (w.lookingAt()) {
            value = value.multiply(BigDecimal.TEN.pow(SCALES.get(w.group(1).toLowerCase(Locale.ROOT))));
            any = true;
            w.region(w.end(), text.length());
        }
        return any ? value.stripTrailingZeros().toPlainString() : number;
    }

    /** Where the numeral that starts at {@code start} (a digit) ends, as NUMBER would match it. */
    static int numeralEnd(String text, int start) {
        int i = start;
        while (true) {
            while (i < text.length() && digit(text, i)) i++;
            if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',') && digit(text, i + 1)) i++;
            else return i;
        }
    }

    static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return !s.isEmpty();
    }

    static boolean usesDecimalComma(String lang) {
        return !(lang.startsWith("en") || lang.startsWith("zh") || lang.startsWith("ja") || lang.startsWith("ko")
                || lang.startsWith("th"));
    }

    static String canonical(String raw, boolean commaDecimal) {
        if (allDigits(raw)) {
            // What BigDecimal would give for a plain integer, without making one: "0070" → "70".
            int first = 0;
            while (first < raw.length() - 1 && raw.charAt(first) == '0') first++;
            return raw.substring(first);
        }
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
