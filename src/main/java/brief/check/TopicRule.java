package brief.check;

import brief.diag.Code;
import brief.annotations.AnnotationLoader;
import brief.annotations.Topic;
import brief.load.Sources;
import brief.content.Article;
import brief.diag.Diagnostics;
import brief.diag.Severity;
import brief.i18n.Language;
import brief.yaml.Fields.Ref;
import brief.yaml.Suggest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Topics (content/topics.yaml) and the articles filed under them: every topic an article names is defined
 * (checked with the article's other references, see {@link LinkRule}); no two topics make the same URL in a
 * language; a topic no article names is noted, since it has no page to show until one does. A topic without a
 * name in some language is reported when the file is read, at its entry.
 */
final class TopicRule {
    private TopicRule() {}

    private static final String FILE = AnnotationLoader.TOPICS.toString().replace('\\', '/');

    /** An article's topic that topics.yaml does not define: the near miss, if any, and how to define it. */
    static void ref(Ref r, Set<String> known, Diagnostics d) {
        if (known.contains(r.id())) return;
        String near = Suggest.nearest(r.id(), known).orElse(null);
        String define = "add it to " + FILE + " with its name in every language (./brief new topic --id " + r.id() + ")";
        d.errorWithHint(Code.UNKNOWN_REFERENCE, r.pos(), near != null ? "did you mean '" + near + "'? If not, " + define : define,
                "unknown topic '%s'", r.id());
    }

    static void check(Sources s, Diagnostics d) {
        Set<String> used = new HashSet<>();
        for (Article a : s.articles()) for (Ref r : a.source().topics()) used.add(r.id());
        check(s, used, d);
    }

    /** As {@link #check(Sources, Diagnostics)}, given the ids of the topics the articles name. */
    static void check(Sources s, Set<String> used, Diagnostics d) {
        if (s.annotations().topics().isEmpty()) return;
        String sourceLang = s.config().sourceLanguage().code();
        for (Language l : s.config().languages()) {
            Map<String, Topic> bySlug = new HashMap<>();
            for (Topic t : s.annotations().topics()) {
                Topic other = bySlug.putIfAbsent(t.slug(l.code(), sourceLang), t);
                if (other != null && !other.id().equals(t.id())) {
                    d.errorWithHint(Code.DUPLICATE_URL, t.pos(), "give one of them another name in '" + l.code() + "'",
                            "topics '%s' and '%s' have the same URL …/%s/ in language '%s' (names \"%s\" and \"%s\")",
                            other.id(), t.id(), t.slug(l.code(), sourceLang), l.code(),
                            other.name().or(l.code(), sourceLang), t.name().or(l.code(), sourceLang));
                }
            }
        }
        for (Topic t : s.annotations().topics()) {
            if (used.contains(t.id())) continue;
            d.add(Code.UNUSED_ENTRY, Severity.NOTE, t.pos(), "add '" + t.id() + "' to the 'topics:' of an article, or remove the entry",
                    "topic '%s' is not used by any article, so it has no page yet", t.id());
        }
    }
}
