package brief.diag;

import java.util.Locale;

/**
 * What kind of problem a diagnostic is, as a stable name that tools and later stages can rely on (the JSON
 * report's {@code code}), instead of the wording of its message, which may change. {@link #OTHER} is what a
 * diagnostic made without a code gets.
 */
public enum Code {
    // Reading a file: its problems stop whatever depends on the file.
    FILE_UNREADABLE, FILE_TOO_LARGE, NOT_UTF8, NUL_CHARACTER, BYTE_ORDER_MARK, NOT_NFC, YAML_SYNTAX, FILE_EMPTY,
    NO_ENTRIES, NO_FRONT_MATTER, FRONT_MATTER_UNCLOSED,
    // A field of YAML or front matter.
    UNKNOWN_KEY, MISSING_FIELD, WRONG_TYPE, INVALID_ID, INVALID_DATE, UNKNOWN_LANGUAGE, MISSING_LANGUAGE,
    // Templates and the built site.
    TEMPLATE_ERROR, LINK_TO_HELD_BACK, EXAMPLE_BASE_URL,
    // Translations.
    TRANSLATION_OUTDATED, TRANSLATION_UNSTAMPED, TRANSLATION_MISALIGNED,
    OTHER;

    /** The form tools see: {@code yaml-syntax}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a file with this error could not be read or parsed at all, so that nothing in it can be relied on. */
    public boolean unreadable() {
        return switch (this) {
            case FILE_UNREADABLE, FILE_TOO_LARGE, NOT_UTF8, NUL_CHARACTER, YAML_SYNTAX, FILE_EMPTY, NO_ENTRIES,
                 NO_FRONT_MATTER, FRONT_MATTER_UNCLOSED -> true;
            default -> false;
        };
    }
}
