package brief.diag;

import java.util.Locale;

/**
 * What kind of problem a diagnostic is, as a stable name that tools and later stages can rely on (the JSON
 * report's {@code code}), instead of the wording of its message, which may change. Every diagnostic has one.
 */
public enum Code {
    // Reading a file: its problems stop whatever depends on the file.
    FILE_UNREADABLE, FILE_TOO_LARGE, NOT_UTF8, NUL_CHARACTER, BYTE_ORDER_MARK, NOT_NFC, YAML_SYNTAX, FILE_EMPTY,
    NO_ENTRIES, NO_FRONT_MATTER, FRONT_MATTER_UNCLOSED,
    // Files and folders: where they are, what they link to.
    FILE_MISSING, FOLDER_UNREADABLE, MISPLACED_FILE, SYMLINK_OUTSIDE, SYMLINK_BROKEN,
    // YAML as brief reads it.
    YAML_ALIAS, DUPLICATE_KEY, PASTED_CHARACTER,
    // A field of YAML or front matter.
    UNKNOWN_KEY, MISSING_FIELD, WRONG_TYPE, INVALID_ID, INVALID_DATE, UNKNOWN_LANGUAGE, MISSING_LANGUAGE,
    INVALID_VALUE, INVALID_URL, INVALID_SLUG, UNKNOWN_COUNTRY, UNKNOWN_UNIT, PARTIAL_DATE, DATE_ORDER,
    CONFLICTING_FIELDS, IGNORED_FIELD, PLACEHOLDER,
    // Ids and what refers to them.
    DUPLICATE_ID, DUPLICATE_URL, UNKNOWN_REFERENCE, INVALID_REFERENCE, UNUSED_ENTRY, AMBIGUOUS_ALIAS,
    LEADER_NOT_NAMED, ROLES_OVERLAP, NO_ROLE_AT_SUMMIT, BROKEN_LINK,
    /** The summary of the errors a file that failed causes ("51 references to leaders fail because …"). */
    CAUSED_BY_FILE,
    // Facts: quotes, figures, numbers.
    QUOTE_NOT_FOUND, FIGURE_MISMATCH, FIGURE_NOT_TRANSLATED, DUPLICATE_FIGURE, NUMBERS_DIFFER,
    // Photos.
    PHOTO_MISSING, PHOTO_UNUSABLE, PHOTO_TOO_SMALL, PHOTO_REMOTE, CAPTION_WITHOUT_PHOTO,
    // Templates, the theme and the built site.
    TEMPLATE_ERROR, THEME_NOT_FOUND, MISSING_STRING, LINK_TO_HELD_BACK, EXAMPLE_BASE_URL,
    // Translations.
    TRANSLATION_OUTDATED, TRANSLATION_UNSTAMPED, TRANSLATION_MISALIGNED, TRANSLATION_MISSING,
    /** Not the sources' fault: an input/output failure or a bug, reported by the preview like a build error. */
    INTERNAL_ERROR;

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
