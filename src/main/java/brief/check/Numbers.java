package brief.check;

import brief.annotations.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    /** The scale words {@link #scaleWords} reads: the reference it is tested against (NumbersTest compares them). */
    static final Pattern SCALE = Pattern.compile("\\s*(nghìn|ngàn|triệu|tỷ|tỉ|thousand|millions?|billions?|trillion|bn"
            + "|mille|milliards?)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** SCALES' words, for the hand-written scan: no two of them can both match at one place (each must end a word). */
    private static final String[] SCALE_WORDS = SCALES.keySet().stream().sorted().toArray(String[]::new);

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
        // The scans read a copy of the characters: String.charAt's bounds and coder checks on every character
        // were most of the time of reading a text's numbers, even compiled by C2.
        char[] cs = text.toCharArray();
        int n = cs.length;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c > '9' || c < '0') continue;
            int start = i;
            i = numeralEnd(text, start);
            out.add(scaled(canonical(text.substring(start, i), commaDecimal), text, i));
        }
        List<String> months = MONTH_NAMES.get(lang.length() > 2 ? lang.substring(0, 2) : lang);
        if (months != null) months(text, cs, lang, months, out);
        out.sort(null);
        return out;
    }

    /** Adds the numbers of the month names of {@code text} (whose characters are {@code cs}) to {@code out}. */
    private static void months(String text, char[] cs, String lang, List<String> months, List<String> out) {
        // Word by word, without a regular expression or a lower-cased copy of every word: month names are
        // 3 to 9 letters long, and most words of a text are not one.
        // ASCII letters are told without Character.isLetter: most characters of most texts are ASCII.
        // English writes month names with a capital: a word that begins with a lower-case letter is passed over
        // without comparing it (it would be, after being found a month name, so nothing else changes).
        boolean capitalsOnly = lang.startsWith("en");
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (c < 0x80) {
                if (!asciiLetter(c)) {
                    i++;
                    continue;
                }
            } else {
                int step = letterAt(text, i);
                if (step < 0) {
                    i -= step;
                    continue;
                }
            }
            int start = i;
            i = wordEnd(text, cs, i);
            if (i - start < 3 || i - start > 9 || capitalsOnly && Character.isLowerCase(c)) continue;
            int month = monthAt(months, text, start, i);
            if (month < 0) continue;
            // "May" is also a verb and "mars" a planet; only count them next to a day or a year.
            if (AMBIGUOUS_MONTHS.contains(months.get(month)) && !digitBetween(text, Math.max(0, start - 4), Math.min(n, i + 16))) {
                continue;
            }
            out.add(String.valueOf(month + 1));
        }
    }

    /** Where the run of letters that starts at {@code i} ends ({@code cs} are the text's characters). */
    private static int wordEnd(String text, char[] cs, int i) {
        int n = cs.length;
        while (i < n) {
            char d = cs[i];
            if (d < 0x80) {
                if (!asciiLetter(d)) break;
                i++;
            } else {
                int step = letterAt(text, i);
                if (step < 0) break;
                i += step;
            }
        }
        return i;
    }

    /** Whether text[from, to) holds a digit 0-9: what {@code matches("(?s).*\\d.*")} said, without compiling it each time. */
    private static boolean digitBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) if (digit(text, i)) return true;
        return false;
    }

    /** The length of the letter at {@code i} (1 or 2 chars), or minus the length of the character that is not one. */
    private static int letterAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : -1;
        int cp = text.codePointAt(i);
        int len = Character.charCount(cp);
        return Character.isLetter(cp) ? len : -len;
    }

    /** 'a' to 'z' or 'A' to 'Z'. */
    private static boolean asciiLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26;
    }

    /**
     * The index of the month whose name text[start, end) is, ignoring case; -1 if none. A word that begins with
     * an ASCII letter is compared only with the names that begin with that letter, or with a letter that is not
     * ASCII: comparing every word of its length with every name, ignoring case, was most of
     * what reading the numbers of an English text cost. Other first characters are compared as before (ignoring
     * case, 'ſ' is an 's').
     */
    private static int monthAt(List<String> months, String text, int start, int end) {
        char first = text.charAt(start);
        char lower = (char) (first | 0x20);
        boolean ascii = first < 0x80;
        for (int m = 0; m < months.size(); m++) {
            String name = months.get(m);
            char n0 = name.charAt(0);
            if (name.length() != end - start || ascii && n0 < 0x80 && (char) (n0 | 0x20) != lower) continue;
            if (text.regionMatches(true, start, name, 0, name.length())) return m;
        }
        return -1;
    }

    /**
     * The number times the scale words that follow it, so that "453 tỷ USD" and "USD 453 billion" agree and
     * "453 triệu" (million) does not; "nghìn tỷ" is a thousand billion.
     */
    static String scaled(String number, String text, int end) {
        long scale = scaleWords(text, end);
        if ((int) scale == end) return number;
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return number;
        }
        return value.movePointRight((int) (scale >> 32)).stripTrailingZeros().toPlainString();
    }

    /**
     * The scale words that follow a numeral ending at {@code end}: the power of ten they add up to in the high
     * half, and where they end in the low half (so {@code end} and power 0 when there are none).
     */
    static long scaleWords(String text, int end) {
        int power = 0;
        int at = end;
        for (long w; (w = scaleWordAt(text, at)) >= 0; ) {
            power += (int) (w >> 32);
            at = (int) w;
        }
        return ((long) power << 32) | at;
    }

    /**
     * What SCALE's lookingAt finds at {@code from}, scanned by hand: every number of every paragraph is looked
     * at, and a matcher for each was most of the numbers' time. The word's power of ten in the high half and
     * where it ends in the low half; -1 when there is none. Case is ignored as UNICODE_CASE ignores it
     * ({@link String#regionMatches(boolean, int, String, int, int)} compares the same way).
     */
    private static long scaleWordAt(String text, int from) {
        int n = text.length();
        int i = from;
        // \s without UNICODE_CHARACTER_CLASS: ASCII white space only.
        while (i < n && (text.charAt(i) == ' ' || (text.charAt(i) >= '\t' && text.charAt(i) <= '\r'))) i++;
        if (i == n) return -1;
        char c = text.charAt(i);
        // Every scale word begins with b, m, n or t; other ASCII characters are told at once, and an ASCII
        // letter is compared only with the words that begin with it.
        if (c < 0x80 && "bmntBMNT".indexOf(c) < 0) return -1;
        char lower = (char) (c | 0x20);
        for (String word : SCALE_WORDS) {
            int end = i + word.length();
            if (c < 0x80 && word.charAt(0) != lower) continue;
            if (!text.regionMatches(true, i, word, 0, word.length())) continue;
            if (end < n && letterOrNumber(text.codePointAt(end))) continue;
            return ((long) SCALES.get(word) << 32) | end;
        }
        return -1;
    }

    /** \p{L} or \p{N}. */
    private static boolean letterOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** SCALE's matches from {@code end}, as the regular expression finds them: the reference for {@link #scaleWords}. */
    static long scaleWordsByPattern(String text, int end) {
        Matcher w = SCALE.matcher(text).region(end, text.length());
        int power = 0;
        int at = end;
        while (w.lookingAt()) {
            power += SCALES.get(w.group(1).toLowerCase(Locale.ROOT));
            at = w.end();
            w.region(at, text.length());
        }
        return ((long) power << 32) | at;
    }

    /**
     * A number as a sentence states it, for a key figure to be compared with: the numeral's value before its
     * scale words and their power of ten ("15,7 tỷ" is 15.7 and 9), the unit written beside it ("percent", or a
     * currency's ISO code), the qualifier before it ("hơn", "more than"), and where the whole phrase is.
     */
    record Amount(BigDecimal value, int power, Optional<String> unit, Optional<Figure.Approx> approx, int start,
                  int end) {
        BigDecimal amount() {
            return value.movePointRight(power).stripTrailingZeros();
        }

        /** "15.7 billion USD, more than", for messages, which are written in English. */
        String describe() {
            StringBuilder sb = new StringBuilder(value.stripTrailingZeros().toPlainString());
            if (power > 0) sb.append(' ').append(SCALE_NAMES.getOrDefault(power, "× 10^" + power));
            unit.ifPresent(u -> sb.append(u.equals("percent") ? "%" : " " + u));
            approx.ifPresent(a -> sb.append(", ").append(a.key().replace('-', ' ')));
            return sb.toString();
        }
    }

    static final Map<Integer, String> SCALE_NAMES = Map.of(3, "thousand", 6, "million", 9, "billion", 12, "trillion");

    /**
     * Words for "more than", "about", "nearly", "less than" written before a number, by language prefix,
     * longest first ("gần như" before "gần"); a language not listed has its amounts read without a qualifier.
     */
    private static final Map<String, List<Map.Entry<String, Figure.Approx>>> APPROX = Map.of(
            "vi", List.of(Map.entry("gần như", Figure.Approx.NEARLY), Map.entry("khoảng", Figure.Approx.ABOUT),
                    Map.entry("chừng", Figure.Approx.ABOUT), Map.entry("hơn", Figure.Approx.MORE_THAN),
                    Map.entry("trên", Figure.Approx.MORE_THAN), Map.entry("gần", Figure.Approx.NEARLY),
                    Map.entry("dưới", Figure.Approx.LESS_THAN)),
            "en", List.of(Map.entry("approximately", Figure.Approx.ABOUT), Map.entry("in excess of", Figure.Approx.MORE_THAN),
                    Map.entry("more than", Figure.Approx.MORE_THAN), Map.entry("fewer than", Figure.Approx.LESS_THAN),
                    Map.entry("less than", Figure.Approx.LESS_THAN), Map.entry("close to", Figure.Approx.NEARLY),
                    Map.entry("roughly", Figure.Approx.ABOUT), Map.entry("nearly", Figure.Approx.NEARLY),
                    Map.entry("almost", Figure.Approx.NEARLY), Map.entry("around", Figure.Approx.ABOUT),
                    Map.entry("about", Figure.Approx.ABOUT), Map.entry("above", Figure.Approx.MORE_THAN),
                    Map.entry("below", Figure.Approx.LESS_THAN), Map.entry("under", Figure.Approx.LESS_THAN),
                    Map.entry("over", Figure.Approx.MORE_THAN), Map.entry("some", Figure.Approx.ABOUT)),
            "fr", List.of(Map.entry("plus de", Figure.Approx.MORE_THAN), Map.entry("moins de", Figure.Approx.LESS_THAN),
                    Map.entry("environ", Figure.Approx.ABOUT), Map.entry("près de", Figure.Approx.NEARLY)));

    /** Whether the language's words for "more than", "about"… are known, so that a qualifier can be checked. */
    static boolean readsApprox(String lang) {
        return APPROX.containsKey(lang.length() > 2 ? lang.substring(0, 2) : lang);
    }

    /** Currencies named by a word rather than their code, by language prefix; codes are read in every language. */
    private static final Map<String, Map<String, String>> CURRENCY_WORDS = Map.of(
            "vi", Map.of("đồng", "VND", "yên", "JPY", "nhân dân tệ", "CNY", "euro", "EUR", "đô la Mỹ", "USD",
                    "đô la Úc", "AUD"),
            "en", Map.of("dong", "VND", "yen", "JPY", "yuan", "CNY", "euros", "EUR", "euro", "EUR", "US dollars", "USD",
                    "Australian dollars", "AUD"),
            "fr", Map.of("euros", "EUR", "dollars américains", "USD", "yens", "JPY"));
    /** Written before or after a number in any language. */
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("US$", "USD", "A$", "AUD", "€", "EUR", "₫", "VND");
    private static final List<String> PERCENT_WORDS = List.of("%", "phần trăm", "per cent", "percent", "pour cent");
    private static final java.util.Set<String> CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The amounts the text states, in order, read the way its language writes them (see {@link Amount}). */
    static List<Amount> amounts(String text, String lang) {
        String prefix = lang.length() > 2 ? lang.substring(0, 2) : lang;
        boolean commaDecimal = usesDecimalComma(lang);
        List<Amount> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!digit(text, i)) continue;
            int start = i;
            i = numeralEnd(text, start);
            BigDecimal value;
            try {
                value = new BigDecimal(canonical(text.substring(start, i), commaDecimal));
            } catch (NumberFormatException e) {
                continue;
            }
            long scale = scaleWords(text, i);
            int end = (int) scale;
            int power = (int) (scale >> 32);
            // The unit after the number ("453 tỷ USD", "11,8%"), else before it ("USD 453 billion").
            int[] at = {start, end};
            Optional<String> unit = unitAfter(text, end, prefix, at);
            if (unit.isEmpty()) unit = unitBefore(text, start, prefix, at);
            Optional<Figure.Approx> approx = approxBefore(text, at[0], prefix, at);
            out.add(new Amount(value, power, unit, approx, at[0], Math.max(at[1], end)));
            i = Math.max(i, end) - 1;
        }
        return out;
    }

    private static Optional<String> unitAfter(String text, int end, String lang, int[] at) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) i++;
        for (String p : PERCENT_WORDS) {
            if (wordAt(text, i, p)) {
                at[1] = i + p.length();
                return Optional.of("percent");
            }
        }
        for (var e : currencyNames(lang).entrySet()) {
            if (wordAt(text, i, e.getKey())) {
                at[1] = i + e.getKey().length();
                return Optional.of(e.getValue());
            }
        }
        if (i + 3 <= text.length() && CURRENCIES.contains(text.substring(i, i + 3)) && wordAt(text, i, text.substring(i, i + 3))) {
            at[1] = i + 3;
            return Optional.of(text.substring(i, i + 3));
        }
        return Optional.empty();
    }

    private static Optional<String> unitBefore(String text, int start, String lang, int[] at) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) i--;
        for (var e : currencyNames(lang).entrySet()) {
            int from = i - e.getKey().length();
            if (from >= 0 && wordAt(text, from, e.getKey())) {
                at[0] = from;
                return Optional.of(e.getValue());
            }
        }
        if (i >= 3 && CURRENCIES.contains(text.substring(i - 3, i)) && wordAt(text, i - 3, text.substring(i - 3, i))) {
            at[0] = i - 3;
            return Optional.of(text.substring(i - 3, i));
        }
        return Optional.empty();
    }

    private static Map<String, String> currencyNames(String lang) {
        return CURRENCY_NAMES.getOrDefault(lang, CURRENCY_SIGNS);
    }

    /** Signs and words together by language, longest first, so that "euros" is tried before "euro". */
    private static final Map<String, Map<String, String>> CURRENCY_NAMES = CURRENCY_WORDS.keySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(l -> l, l -> {
                Map<String, String> names = new java.util.TreeMap<>(java.util.Comparator.comparingInt(String::length)
                        .reversed().thenComparing(java.util.Comparator.naturalOrder()));
                names.putAll(CURRENCY_SIGNS);
                names.putAll(CURRENCY_WORDS.get(l));
                return java.util.Collections.unmodifiableMap(names);
            }));

    private static Optional<Figure.Approx> approxBefore(String text, int start, String lang, int[] at) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) i--;
        if (i == start) return Optional.empty();
        for (var e : APPROX.getOrDefault(lang, List.of())) {
            int from = i - e.getKey().length();
            if (from >= 0 && wordAt(text, from, e.getKey())) {
                at[0] = from;
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code word} is written at {@code i}, ignoring case, and not as part of a longer word. */
    private static boolean wordAt(String text, int i, String word) {
        if (i < 0 || i + word.length() > text.length() || !text.regionMatches(true, i, word, 0, word.length())) return false;
        boolean letterFirst = Character.isLetter(word.charAt(0));
        boolean letterLast = Character.isLetter(word.charAt(word.length() - 1));
        if (letterFirst && i > 0 && Character.isLetter(text.charAt(i - 1))) return false;
        int after = i + word.length();
        return !letterLast || after >= text.length() || !Character.isLetter(text.charAt(after));
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
        // A separator followed by exactly three digits groups thousands; otherwise it is a decimal point,
        // whichever character the writer used ("98.37%" in a Vietnamese text). The parts between separators
        // are walked in place (a numeral is digits with single separators between them, as numeralEnd reads it).
        StringBuilder sb = new StringBuilder(raw.length());
        int end = separatorFrom(raw, 0);
        sb.append(raw, 0, end);
        while (end < raw.length()) {
            char sep = raw.charAt(end);
            int from = end + 1;
            end = separatorFrom(raw, from);
            boolean thousands = end - from == 3 && (sep == group || end < raw.length());
            if (!(thousands && sep != decimal)) sb.append('.');
            sb.append(raw, from, end);
        }
        try {
            return new BigDecimal(sb.toString()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }
    /** The index of the first '.' or ',' at or after {@code from}, or the length. */
    private static int separatorFrom(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '.' && s.charAt(i) != ',') i++;
        return i;
    }
}
