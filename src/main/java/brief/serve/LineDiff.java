package brief.serve;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two lists of lines (longest common subsequence), as {@code diff -u} prints it. */
public final class LineDiff {
    /** Beyond this many cells the table would not fit comfortably in memory; the diff is then coarse. */
    private static final long MAX_CELLS = 25_000_000L;

    private LineDiff() {}

    private record Op(char sign, String line, int a, int b) {}

    public static String unified(List<String> a, List<String> b, String labelA, String labelB, int context) {
        List<Op> ops = ops(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(labelA).append('\n').append("+++ ").append(labelB).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).sign() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            int end = i;
            // Extend the hunk while changes are closer than two contexts apart.
            while (end < ops.size()) {
                if (ops.get(end).sign() != ' ') {
                    end++;
                    continue;
                }
                int run = end;
                while (run < ops.size() && ops.get(run).sign() == ' ') run++;
                if (run < ops.size() && run - end <= 2 * context) {
                    end = run;
                } else {
                    end = Math.min(ops.size(), end + context);
                    break;
                }
            }
            int aStart = ops.get(start).a();
            int bStart = ops.get(start).b();
            int aLen = 0;
            int bLen = 0;
            for (int k = start; k < end; k++) {
                if (ops.get(k).sign() != '+') aLen++;
                if (ops.get(k).sign() != '-') bLen++;
            }
            out.append("@@ -").append(aLen == 0 ? aStart : aStart + 1).append(',').append(aLen)
                    .append(" +").append(bLen == 0 ? bStart : bStart + 1).append(',').append(bLen).append(" @@\n");
            for (int k = start; k < end; k++) out.append(ops.get(k).sign()).append(ops.get(k).line()).append('\n');
            i = end;
        }
        return out.toString();
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) suf++;
        int n = a.size() - pre - suf;
        int m = b.size() - pre - suf;
        List<Op> ops = new ArrayList<>();
        for (int k = 0; k < pre; k++) ops.add(new Op(' ', a.get(k), k, k));
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int k = 0; k < n; k++) ops.add(new Op('-', a.get(pre + k), pre + k, pre));
            for (int k = 0; k < m; k++) ops.add(new Op('+', b.get(pre + k), pre + n, pre + k));
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
                    ops.add(new Op(' ', a.get(pre + x), pre + x, pre + y));
                    x++;
                    y++;
                } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                    ops.add(new Op('-', a.get(pre + x), pre + x, pre + y));
                    x++;
                } else {
                    ops.add(new Op('+', b.get(pre + y), pre + x, pre + y));
                    y++;
                }
            }
        }
        for (int k = 0; k < suf; k++) {
            int ai = a.size() - suf + k;
            int bi = b.size() - suf + k;
            ops.add(new Op(' ', a.get(ai), ai, bi));
        }
        return ops;
    }
}
