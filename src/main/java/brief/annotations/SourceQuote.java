package brief.annotations;

import brief.diag.SourcePos;

/** Where a claim comes from: an article (by id) and the exact passage quoted from its source text. */
public record SourceQuote(String articleId, String quote, SourcePos articlePos, SourcePos quotePos) {}
