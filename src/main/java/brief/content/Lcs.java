package brief.content;

import java.util.ArrayList;
import java.util.List;

/**
 * What two versions of a sequence share, by longest common subsequence: the blocks of a source then and now
 * (by their hashes), the lines of two pages, the words of two paragraphs. One implementation for all of them.
 */
public final class Lcs {
    /** Beyond this many table cells the alignment would not fit comfortably in memory; it is then coarse. */
    private static final long MAX_CELLS = 25_000_000L;

    private Lcs() {}

    /** The kind of a step: in both, only in the first (removed), only in the second (added). */
    public enum Kind { SAME, REMOVED, ADDED }

    /**
     * One step of the alignment; {@code a} and {@code b} are the positions (0-based) in each sequence, the
     * position the next element would take on the side that has none.
     */
    public record Step(Kind kind, int a, int b) {}

    /** The steps that turn {@code a} into {@code b}: within a run of changes, removals come before additions. */
    public static <T> List<Step> align(List<T> a, List<T> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) suf++;
        int n = a.size() - pre - suf;
        int m = b.size() - pre - suf;
        List<Step> steps = new ArrayList<>(pre + suf + n + m);
        for (int k = 0; k < pre; k++) steps.add(new Step(Kind.SAME, k, k));
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int k = 0; k < n; k++) steps.add(new Step(Kind.REMOVED, pre + k, pre));
            for (int k = 0; k < m; k++) steps.add(new Step(Kind.ADDED, pre + n, pre + k));
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = a.get(pre + x).equals(b.get(pre + y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && a.get(pre + x).equals(b.get(pre + y))) {
                    steps.add(new Step(Kind.SAME, pre + x, pre + y));
                    x++;
                    y++;
                } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                    steps.add(new Step(Kind.REMOVED, pre + x, pre + y));
                    x++;
                } else {
                    steps.add(new Step(Kind.ADDED, pre + x, pre + y));
                    y++;
                }
            }
        }
        for (int k = 0; k < suf; k++) steps.add(new Step(Kind.SAME, a.size() - suf + k, b.size() - suf + k));
        return steps;
    }
}
