package brief.check;

import brief.content.ArticleText;
import brief.content.Block;
import brief.content.Body;
import brief.diag.Code;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a translation with more or fewer blocks than its source first goes out of step. Citations link to
 * {@code #p-N}, so one paragraph too few moves every later citation onto the wrong paragraph: the build stops,
 * and says which paragraph is missing or extra. The blocks are paired by what each carries that a translation
 * keeps (its kind, numbers, names, links and length relative to the article's own ratio) with a global
 * alignment (the pairing of highest total likeness, a skipped block costing a fixed amount), and the first
 * skipped block is the one named.
 */
final class Alignment {
    /** What one skipped block costs: a pair of blocks that carry nothing alike scores below it. */
    private static final double GAP = -1.0;

    private Alignment() {}

    /** One block as compared: what a translation keeps of it. */
    private record Traits(Block.Kind kind, List<String> numbers, Set<String> names, Set<String> links, int length) {}

    /** Reports the first block without a counterpart, when the counts differ; nothing otherwise. */
    static void check(ArticleText source, ArticleText translation, Diagnostics d) {
        List<Block> src = source.body().blocks();
        List<Block> tr = translation.body().blocks();
        if (src.size() == tr.size()) return;
        List<Traits> a = traits(source);
        List<Traits> b = traits(translation);
        double ratio = ratio(a, b);
        Gap gap = firstGap(bestScores(a, b, ratio), a, b, ratio);
        String counts = String.format(java.util.Locale.ROOT, "the translation has %d paragraphs, the source %d",
                tr.size(), src.size());
        if (gap.missing()) reportMissing(source, translation, gap, counts, d);
        else reportExtra(source, translation, gap, counts, d);
    }

    /** The best score of aligning the first i source blocks with the first j translated ones (a pair or a gap each). */
    private static double[][] bestScores(List<Traits> a, List<Traits> b, double ratio) {
        int n = a.size();
        int m = b.size();
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) best[i][0] = i * GAP;
        for (int j = 1; j <= m; j++) best[0][j] = j * GAP;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                best[i][j] = Math.max(best[i - 1][j - 1] + likeness(a.get(i - 1), b.get(j - 1), ratio),
                        Math.max(best[i - 1][j], best[i][j - 1]) + GAP);
            }
        }
        return best;
    }

    /**
     * The earliest step off the diagonal: source block {@code i} has no counterpart before translated block
     * {@code j} ({@code missing}), or translated block {@code j} none in the source before source block {@code i}.
     */
    private record Gap(int i, int j, boolean missing) {}

    /** Walks back to the start; on ties prefers a pair, so that the blocks before the gap stay paired. */
    private static Gap firstGap(double[][] best, List<Traits> a, List<Traits> b, double ratio) {
        int i = a.size();
        int j = b.size();
        Gap first = null;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && best[i][j] == best[i - 1][j - 1] + likeness(a.get(i - 1), b.get(j - 1), ratio)) {
                i--;
                j--;
            } else if (i > 0 && best[i][j] == best[i - 1][j] + GAP) {
                i--;
                first = new Gap(i, j, true);
            } else {
                j--;
                first = new Gap(i, j, false);
            }
        }
        return first;
    }

    private static void reportMissing(ArticleText source, ArticleText translation, Gap gap, String counts, Diagnostics d) {
        List<Block> tr = translation.body().blocks();
        int m = tr.size();
        Block gone = source.body().blocks().get(gap.i());
        boolean atEnd = gap.j() >= m;
        Block here = tr.get(atEnd ? m - 1 : gap.j());
        d.errorWithHint(Code.TRANSLATION_MISALIGNED, new SourcePos(translation.file(), here.line(), 1),
                "translate it as a paragraph of its own" + (atEnd ? " at the end" : " before this one")
                        + ", so that #p-" + gone.index() + " and every citation after it land on the same"
                        + " paragraph in every language",
                "%s: the source's paragraph %d (%s:%d) \"%s\" is missing %s", counts, gone.index(),
                source.file().getFileName().toString(), gone.line(), quote(gone.text()),
                atEnd ? "after this paragraph" : "here");
    }

    private static void reportExtra(ArticleText source, ArticleText translation, Gap gap, String counts, Diagnostics d) {
        List<Block> src = source.body().blocks();
        String srcName = source.file().getFileName().toString();
        Block extra = translation.body().blocks().get(gap.j());
        String against = gap.i() < src.size() ? " (the source's paragraph " + src.get(gap.i()).index() + ", " + srcName
                + ":" + src.get(gap.i()).line() + ", is \"" + quote(src.get(gap.i()).text()) + "\")" : "";
        d.errorWithHint(Code.TRANSLATION_MISALIGNED, new SourcePos(translation.file(), extra.line(), 1),
                "join it to the paragraph before or after it, or delete it: paragraph N of a translation says"
                        + " what paragraph N of the source says, so that citations land on the right paragraph",
                "%s: paragraph %d of the translation \"%s\" has no counterpart in the source%s", counts,
                extra.index(), quote(extra.text()), against);
    }

    /** How alike two blocks are: above {@link #GAP} for a fair pair, up to about 6 for a faithful one. */
    private static double likeness(Traits s, Traits t, double ratio) {
        double score = s.kind() == t.kind() ? 1 : -2;
        score += 2 * overlap(new HashSet<>(s.numbers()), new HashSet<>(t.numbers()));
        score += overlap(s.names(), t.names());
        score += 2 * overlap(s.links(), t.links());
        double r = s.length() == 0 || t.length() == 0 ? 1 : (double) t.length() / s.length() / ratio;
        score += Math.max(-2, 1 - 2 * Math.abs(Math.log(r)));
        return score;
    }

    /** From -1 (nothing in common) to 1 (the same); 0 when neither has any. */
    private static double overlap(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) return 0;
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return 2.0 * both.size() / any.size() - 1;
    }

    /** How much longer the translation is than its source, over the whole article. */
    private static double ratio(List<Traits> a, List<Traits> b) {
        double x = a.stream().mapToInt(Traits::length).sum();
        double y = b.stream().mapToInt(Traits::length).sum();
        return x == 0 || y == 0 ? 1 : y / x;
    }

    private static List<Traits> traits(ArticleText t) {
        List<Block> blocks = t.body().blocks();
        List<Traits> out = new ArrayList<>(blocks.size());
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            int until = k + 1 < blocks.size() ? blocks.get(k + 1).line() : Integer.MAX_VALUE;
            Set<String> links = new HashSet<>();
            for (Body.LinkAt l : t.body().links()) {
                if (l.line() >= b.line() && l.line() < until) links.add(l.url());
            }
            out.add(new Traits(b.kind(), Numbers.in(b.text(), t.lang()), names(b.text()), links, b.text().length()));
        }
        return out;
    }

    /**
     * The capitalised words after the first, without diacritics: most are names ("Phạm Minh Chính" and
     * "Pham Minh Chinh" give the same), and the first word of a sentence is capitalised in every language.
     */
    private static Set<String> names(String text) {
        Set<String> out = new HashSet<>();
        String[] words = text.split("[^\\p{L}\\p{N}]+");
        for (int k = 1; k < words.length; k++) {
            String w = words[k];
            if (w.length() > 1 && Character.isUpperCase(w.codePointAt(0))) out.add(Slugs.slugify(w));
        }
        return out;
    }

    private static String quote(String text) {
        String s = brief.content.Passages.collapseSpaces(text).strip();
        return s.length() > 70 ? s.substring(0, 70).strip() + "…" : s;
    }
}
