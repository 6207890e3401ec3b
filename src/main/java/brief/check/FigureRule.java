package brief.check;

import brief.diag.Code;
import brief.annotations.Figure;
import brief.annotations.SourceQuote;
import brief.annotations.Summit;
import brief.load.Sources;
import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import brief.content.Passages;
import brief.diag.Diagnostics;
import brief.diag.SourcePos;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Key figures hold: each agrees with the sentence it quotes (number, scale, unit and qualifier, read the way
 * the article's language writes them), the aligned paragraph of every translation states the same number, and
 * one fact is one figure, however many articles report it.
 */
public final class FigureRule {
    private final Sources sources;

    FigureRule(Sources sources) {
        this.sources = sources;
    }

    void check(Diagnostics d) {
        Map<String, Article> articles = sources.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        for (Summit s : sources.annotations().summits()) checkSummit(s, articles, sources.config().sourceLanguage().code(), d);
    }

    /**
     * The figures of one summit, against the articles they quote ({@code articles} by id): what it reports
     * depends on the summit, those articles and the source language only ({@link #quoted} lists the articles).
     */
    static void checkSummit(Summit s, Map<String, Article> articles, String srcLang, Diagnostics d) {
        for (Figure f : s.figures()) {
            for (SourceQuote q : f.sources()) {
                Article a = articles.get(q.articleId());
                if (a == null) continue; // reported as an unknown article
                // A quote not found in its article is reported as such; there is nothing to compare.
                // A figure its own quote contradicts is wrong, not its translations: that one error is enough.
                Passages.find(a.source().body(), q.quote())
                        .filter(b -> agreesWithQuote(f, q, a.sourceLang(), d))
                        .ifPresent(b -> statedInTranslations(f, a, b, d));
            }
        }
        oneFactOneFigure(s, srcLang, d);
    }

    /** The articles the figures of {@code s} quote, in order (null for an unknown one): what {@link #checkSummit} reads. */
    static List<Article> quoted(Summit s, Map<String, Article> articles) {
        List<Article> out = new java.util.ArrayList<>();
        for (Figure f : s.figures()) for (SourceQuote q : f.sources()) out.add(articles.get(q.articleId()));
        return out;
    }

    /** Whether the figure says what its quoted sentence says; if not, an error at its value that shows both. */
    static boolean agreesWithQuote(Figure f, SourceQuote q, String lang, Diagnostics d) {
        List<Numbers.Amount> found = Numbers.amounts(q.quote(), lang);
        String hint = "the quote: \"" + shorten(q.quote()) + "\"; correct the figure, or quote the sentence that states it";
        if (found.isEmpty()) {
            d.errorWithHint(Code.FIGURE_MISMATCH, f.valuePos(), hint, "figure '%s' has value %s but the quote states no number", f.id(),
                    plain(BigDecimal.valueOf(f.value())));
            return false;
        }
        BigDecimal amount = f.amount();
        String unit = f.unit() instanceof Figure.Count ? null : f.unit().code();
        for (Numbers.Amount a : found) {
            if (a.amount().compareTo(amount) == 0 && sameUnit(a, unit)
                    && (a.approx().equals(f.approx()) || !Numbers.readsApprox(lang))) return true;
        }
        // The nearest reading, to say what differs: same amount and unit, then same unit, then any.
        Numbers.Amount near = found.stream().filter(a -> a.amount().compareTo(amount) == 0 && sameUnit(a, unit)).findFirst()
                .or(() -> found.stream().filter(a -> sameUnit(a, unit)).findFirst())
                .or(() -> found.stream().filter(a -> a.amount().compareTo(amount) == 0).findFirst())
                .orElse(found.get(0));
        String has;
        if (near.amount().compareTo(amount) != 0) {
            has = near.value().compareTo(BigDecimal.valueOf(f.value())) == 0 && near.power() != f.power()
                    ? f.scale().map(s -> "scale " + s.key()).orElse("no scale")
                    : "value " + plain(BigDecimal.valueOf(f.value()));
        } else if (!sameUnit(near, unit)) {
            has = "unit " + f.unit().code();
        } else {
            has = f.approx().map(x -> "approx " + x.key()).orElse("no approx");
        }
        d.errorWithHint(Code.FIGURE_MISMATCH, f.valuePos(), hint, "figure '%s' has %s but the quote says \"%s\" (%s)", f.id(), has,
                q.quote().substring(near.start(), near.end()), near.describe());
        return false;
    }

    private static boolean sameUnit(Numbers.Amount a, String unit) {
        return unit == null ? a.unit().isEmpty() : a.unit().filter(unit::equals).isPresent();
    }

    /**
     * Paragraph #p-N of each translation states the figure's number too: a reader of that language is shown
     * that paragraph as the evidence. A translation not aligned with its source is the alignment rule's to report.
     */
    static void statedInTranslations(Figure f, Article a, Block source, Diagnostics d) {
        String number = plain(f.amount());
        for (ArticleText t : a.texts().values()) {
            if (t.lang().equals(a.sourceLang())) continue;
            // Paragraphs of a translation with more or fewer than its source are not aligned: the alignment
            // rule reports where the two part, and "lacks figure" for each figure after it would bury that.
            if (t.body().blocks().size() != a.source().body().blocks().size()) continue;
            Optional<Block> b = t.body().blocks().stream().filter(x -> x.index() == source.index()).findFirst();
            if (b.isEmpty() || Numbers.in(b.get().text(), t.lang()).contains(number)) continue;
            d.errorWithHint(Code.FIGURE_NOT_TRANSLATED, new SourcePos(t.file(), b.get().line(), 1),
                    t.lang() + ": \"" + shorten(b.get().text()) + "\"; state the number as the " + a.sourceLang()
                            + " paragraph does",
                    "paragraph #%s (%s) of article '%s' lacks figure '%s' (%s) that its %s paragraph states",
                    source.anchor(), t.lang(), a.id(), f.id(), describe(f), a.sourceLang());
        }
    }

    /** Two figures of one summit with the same label (in any language) and the same amount are one fact. */
    static void oneFactOneFigure(Summit s, String srcLang, Diagnostics d) {
        List<Figure> figures = s.figures();
        for (int j = 1; j < figures.size(); j++) {
            Figure b = figures.get(j);
            for (int i = 0; i < j; i++) {
                Figure a = figures.get(i);
                if (!a.unit().equals(b.unit()) || a.amount().compareTo(b.amount()) != 0) continue;
                Optional<String> label = sameLabel(a, b, srcLang);
                if (label.isEmpty()) continue;
                d.errorWithHint(Code.DUPLICATE_FIGURE, b.pos(), "merge them into one figure that lists both citations under 'sources:'"
                                + " (- {article: …, quote: …})",
                        "figure '%s' repeats figure '%s' of summit '%s' (label \"%s\", %s, also at %s)", b.id(), a.id(),
                        s.id(), label.get(), describe(b), a.pos());
                break;
            }
        }
    }

    /** The label the two share, in the source language when they share it there. */
    private static Optional<String> sameLabel(Figure a, Figure b, String srcLang) {
        List<String> langs = new java.util.ArrayList<>(a.label().byLanguage().keySet());
        langs.sort(java.util.Comparator.comparing(l -> !l.equals(srcLang)));
        for (String lang : langs) {
            String mine = a.label().byLanguage().get(lang);
            String other = b.label().byLanguage().get(lang);
            if (other != null && key(other).equals(key(mine))) return Optional.of(mine);
        }
        return Optional.empty();
    }

    private static String key(String label) {
        return Passages.normalise(label).toLowerCase(Locale.ROOT);
    }

    /** "453 billion USD, more than", as {@link Numbers.Amount#describe} writes what a quote says. */
    static String describe(Figure f) {
        return new Numbers.Amount(BigDecimal.valueOf(f.value()), f.power(),
                f.unit() instanceof Figure.Count ? Optional.empty() : Optional.of(f.unit().code()), f.approx(), 0, 0)
                .describe();
    }

    /**
     * The sentence of a paragraph that states {@code amount} (a figure's, scale applied), read the way
     * {@code lang} writes numbers: what a page in that language shows as a figure's evidence.
     */
    public static Optional<String> sentenceStating(String paragraph, String lang, BigDecimal amount) {
        String number = plain(amount);
        for (String sentence : Passages.normalise(paragraph).split("(?<=[.!?…])\\s+(?=\\P{Ll})")) {
            if (Numbers.in(sentence, lang).contains(number)) return Optional.of(sentence);
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String shorten(String s) {
        String n = brief.content.Passages.collapseSpaces(s).strip();
        return n.length() > 200 ? n.substring(0, 200) + "…" : n;
    }
}
