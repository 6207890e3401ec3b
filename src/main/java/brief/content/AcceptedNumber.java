package brief.content;

import brief.diag.SourcePos;

/**
 * A numbers warning a person has checked and accepted, written in the translation's front matter:
 * {@code accept: [{paragraph: 5, number: "6", reason: "…"}]}. The number is written as the warning shows it
 * ("6", "453 billion"); the entry silences that number in that paragraph only.
 */
public record AcceptedNumber(int paragraph, String number, String reason, SourcePos pos) {}
