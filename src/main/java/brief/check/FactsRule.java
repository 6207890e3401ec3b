package brief.check;

import brief.diag.Code;
import brief.annotations.Leader;
import brief.annotations.Summit;
import brief.load.Sources;
import brief.content.Article;
import brief.content.AcceptedNumber;
import brief.content.ArticleText;
import brief.content.Block;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import brief.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts agree across languages: paragraph N of a translation states the same numbers, amounts, percentages
 * and dates as paragraph N of its source, and so do the annotations written in several languages.
 */
final class FactsRule {
    private final Sources sources;

    FactsRule(Sources sources) {
        this.sources = sources;
    }

    void check(Diagnostics d) {
        String src = sources.config().sourceLanguage().code();
        for (Article a : sources.articles()) checkArticle(src, a, d);
        checkAnnotations(d);
    }

    /** The article's part: each translation's paragraphs against the source's. */
    static void checkArticle(String src, Article a, Diagnostics d) {
        List<Block> source = a.source().body().blocks();
        // The source's numbers, read once for all its translations; most paragraphs state the same numbers as
        // their translation, and are left without making their message's parts.
        @SuppressWarnings("unchecked")
        List<String>[] sourceNumbers = new List[source.size()];
        for (ArticleText t : a.texts().values()) {
            if (t.lang().equals(src)) continue;
            List<Block> tr = t.body().blocks();
            if (tr.size() != source.size()) continue; // reported by the translation rule
            List<AcceptedNumber> unused = new ArrayList<>(t.accepted());
            for (int i = 0; i < source.size(); i++) {
                int paragraph = i + 1;
                String sourceText = source.get(i).text();
                String translation = tr.get(i).text();
                if (sourceNumbers[i] == null) sourceNumbers[i] = Numbers.in(sourceText, src);
                List<String> numbers = Numbers.in(translation, t.lang());
                if (sourceNumbers[i].equals(numbers)) continue;
                List<AcceptedNumber> here = t.accepted().stream().filter(x -> x.paragraph() == paragraph).toList();
                compare(sourceNumbers[i], numbers, sourceText, src, translation, t.lang(),
                        new SourcePos(t.file(), tr.get(i).line(), 1), "paragraph " + paragraph, here, unused, d);
            }
            // An acceptance that silences nothing would silence the next real difference in that paragraph.
            for (AcceptedNumber x : unused) {
                d.warningWithHint(Code.UNUSED_ENTRY, x.pos(), "remove the entry from 'accept:'",
                        "accepted number '%s' in paragraph %d: the paragraph has no such numbers warning",
                        x.number(), x.paragraph());
            }
        }
    }

    /** The annotations' part: texts written in several languages. */
    void checkAnnotations(Diagnostics d) {
        new FigureRule(sources).check(d);
        for (Summit s : sources.annotations().summits()) checkSummit(s, d);
        for (Leader l : sources.annotations().leaders()) checkLeader(l, d);
    }

    /** A summit's texts; what it reports depends on the summit and the source language only. */
    void checkSummit(Summit s, Diagnostics d) {
        texts(s.pos(), "summit '" + s.id() + "'", d, s.name(), s.summary());
        s.outcomes().forEach(o -> texts(s.pos(), "an outcome of summit '" + s.id() + "'", d, o));
    }

    /** A leader's texts; what it reports depends on the leader and the source language only. */
    void checkLeader(Leader l, Diagnostics d) {
        texts(l.pos(), "leader '" + l.id() + "'", d, l.bio());
        l.roles().forEach(r -> texts(r.pos(), "a role of leader '" + l.id() + "'", d, r.title()));
    }

    private void texts(SourcePos pos, String what, Diagnostics d, LocalizedText... texts) {
        String src = sources.config().sourceLanguage().code();
        for (LocalizedText t : texts) {
            if (!t.byLanguage().containsKey(src)) continue;
            for (var e : t.byLanguage().entrySet()) {
                if (e.getKey().equals(src) || e.getKey().equals(LocalizedText.ALL)) continue;
                compare(t.byLanguage().get(src), src, e.getValue(), e.getKey(), pos, what, d);
            }
        }
    }

    static void compare(String source, String srcLang, String translation, String lang, SourcePos pos, String what,
                        Diagnostics d) {
        compare(source, srcLang, translation, lang, pos, what, List.of(), new ArrayList<>(), d);
    }

    /**
     * Compares the numbers of a text and its translation. A number one side writes in words ("lần thứ 6" and
     * "sixth") is the same number; one listed in {@code accepted} was checked by a person and is not reported
     * (and is removed from {@code unused}).
     */
    static void compare(String source, String srcLang, String translation, String lang, SourcePos pos, String what,
                        List<AcceptedNumber> accepted, List<AcceptedNumber> unused, Diagnostics d) {
        compare(Numbers.in(source, srcLang), Numbers.in(translation, lang), source, srcLang, translation, lang, pos,
                what, accepted, unused, d);
    }

    /** {@link #compare}, with the numbers of the source ({@code a}) and of the translation ({@code b}) read. */
    private static void compare(List<String> a, List<String> b, String source, String srcLang, String translation,
                                String lang, SourcePos pos, String what, List<AcceptedNumber> accepted,
                                List<AcceptedNumber> unused, Diagnostics d) {
        if (a.equals(b)) return;
        List<String> missing = new ArrayList<>(a);
        b.forEach(missing::remove);
        List<String> extra = new ArrayList<>(b);
        a.forEach(extra::remove);
        missing.removeIf(n -> Numbers.inWords(n, translation, lang));
        extra.removeIf(n -> Numbers.inWords(n, source, srcLang));
        missing.replaceAll(FactsRule::readable);
        extra.replaceAll(FactsRule::readable);
        for (AcceptedNumber x : accepted) {
            boolean used = missing.remove(x.number()) | extra.remove(x.number());
            if (used) unused.remove(x);
        }
        if (missing.isEmpty() && extra.isEmpty()) return;
        StringBuilder msg = new StringBuilder("numbers differ in ").append(what).append(" (").append(lang).append(')');
        if (!missing.isEmpty()) msg.append(": ").append(srcLang).append(" has ").append(missing).append(" that ").append(lang).append(" lacks");
        if (!extra.isEmpty()) msg.append(missing.isEmpty() ? ": " : "; ").append(lang).append(" has ").append(extra)
                .append(" that ").append(srcLang).append(" lacks");
        d.warningWithHint(Code.NUMBERS_DIFFER, pos, srcLang + ": \"" + shorten(source) + "\" / " + lang + ": \"" + shorten(translation) + "\"",
                "%s", msg.toString());
    }

    /** 453000000000 → "453 billion", as a person would say it; smaller numbers as they are. */
    static String readable(String canonical) {
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(canonical);
            String[] names = {"billion", "million"};
            int[] powers = {9, 6};
            for (int i = 0; i < names.length; i++) {
                java.math.BigDecimal scaled = v.movePointLeft(powers[i]);
                if (scaled.abs().compareTo(java.math.BigDecimal.ONE) >= 0 && scaled.stripTrailingZeros().scale() <= 3) {
                    return scaled.stripTrailingZeros().toPlainString() + " " + names[i];
                }
            }
        } catch (NumberFormatException e) {
            // not a number: show it as it is
        }
        return canonical;
    }

    private static String shorten(String s) {
        String n = brief.content.Passages.collapseSpaces(s).strip();
        return n.length() > 200 ? n.substring(0, 200) + "…" : n;
    }
}
