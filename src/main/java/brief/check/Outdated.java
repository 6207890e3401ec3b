package brief.check;

import brief.content.Article;
import brief.content.ArticleText;
import brief.content.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The source paragraphs that changed since a translation was stamped. */
public record Outdated(List<Integer> changed) {

    public static Optional<Outdated> of(Article a, ArticleText translation) {
        if (translation.translatedFrom().isEmpty()) return Optional.empty();
        List<String> then = translation.translatedFrom().get().blockHashes();
        List<Block> now = a.source().body().blocks();
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(then.size(), now.size()); i++) {
            String h = i < now.size() ? now.get(i).hash() : null;
            String old = i < then.size() ? then.get(i) : null;
            if (h == null || !h.equals(old)) changed.add(i + 1);
        }
        return changed.isEmpty() ? Optional.empty() : Optional.of(new Outdated(changed));
    }

    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int i : changed) parts.add("#" + i);
        return String.join(", ", parts);
    }
}
