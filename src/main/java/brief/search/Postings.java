package brief.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A sorted list of document numbers as a compact string: gaps between numbers, each written in base 32
 * with one character per 5 bits. The last character of a number comes from {@link #END}, the others from
 * {@link #MORE}, so a list of dense documents costs one character a document.
 */
public final class Postings {
    static final String END = "0123456789abcdefghijklmnopqrstuv";
    static final String MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    private Postings() {}

    public static String encode(List<Integer> sortedDocs) {
        return encode(sortedDocs.stream().mapToInt(Integer::intValue).toArray(), sortedDocs.size());
    }

    /** The first {@code n} numbers of {@code sortedDocs}, encoded. */
    static String encode(int[] sortedDocs, int n) {
        StringBuilder b = new StringBuilder(n + 8);
        int prev = -1;
        char[] digits = new char[7];
        for (int k = 0; k < n; k++) {
            int d = sortedDocs[k];
            if (d <= prev) throw new IllegalArgumentException("documents must be sorted and distinct");
            int gap = prev < 0 ? d : d - prev - 1;
            prev = d;
            int len = 0;
            do {
                digits[len++] = (char) (gap & 31);
                gap >>>= 5;
            } while (gap > 0);
            for (int i = len - 1; i >= 0; i--) b.append(i == 0 ? END.charAt(digits[i]) : MORE.charAt(digits[i]));
        }
        return b.toString();
    }

    public static List<Integer> decode(String s) {
        List<Integer> out = new ArrayList<>();
        int acc = 0;
        int prev = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int end = END.indexOf(c);
            if (end < 0) {
                acc = acc * 32 + MORE.indexOf(c);
                continue;
            }
            int gap = acc * 32 + end;
            acc = 0;
            prev = prev < 0 ? gap : prev + gap + 1;
            out.add(prev);
        }
        return out;
    }
}
