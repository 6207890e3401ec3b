package brief.diff;

import brief.content.Lcs;
import java.util.ArrayList;
import java.util.List;

/** A unified diff of two lists of lines (longest common subsequence), as {@code diff -u} prints it. */
public final class LineDiff {
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
        List<Op> ops = new ArrayList<>();
        for (Lcs.Step s : Lcs.align(a, b)) {
            switch (s.kind()) {
                case SAME -> ops.add(new Op(' ', a.get(s.a()), s.a(), s.b()));
                case REMOVED -> ops.add(new Op('-', a.get(s.a()), s.a(), s.b()));
                case ADDED -> ops.add(new Op('+', b.get(s.b()), s.a(), s.b()));
            }
        }
        return ops;
    }
}
