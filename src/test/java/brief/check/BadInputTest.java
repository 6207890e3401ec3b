package brief.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.testing.Sites.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs: each case is the valid site of src/test/resources/sites/minimal with one mistake
 * (a mutation: replace a text once, write or delete a file). For each, `check` and `build` must name the exact
 * file, line, column and message, fail with a non-zero exit when it is an error (or a warning under
 * --strict), print no stack trace, and leave the output of the previous good build byte for byte as it was.
 */
class BadInputTest {
    static final String A = "content/articles/2025-10-26-asean-us-summit/vi.md";
    static final String AE = "content/articles/2025-10-26-asean-us-summit/en.md";
    static final String B = "content/articles/2025-10-29-apec-meeting/vi.md";
    static final String BE = "content/articles/2025-10-29-apec-meeting/en.md";
    static final String SUMMITS = "content/summits.yaml";
    static final String LEADERS = "content/leaders.yaml";
    static final String EVENTS = "content/events.yaml";
    static final String SERIES = "content/series.yaml";
    static final String SITE = "content/site.yaml";
    static final String I18N_EN = "themes/default/i18n/en.yaml";
    static final String T404 = "themes/default/templates/404.peb";
    static final String BASE = "themes/default/templates/base.peb";

    /** line:col at which {@code text} starts in the theme's base template. */
    static String baseLine(String text) {
        String all = SiteFixture.read(SiteFixture.THEME.resolve("templates/base.peb"));
        int at = all.indexOf(text);
        int line = (int) all.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
        int col = at - (all.lastIndexOf('\n', at - 1) + 1) + 1 + text.indexOf("{% endblock");
        return line + ":" + col;
    }

    /** The text followed by copies of its last paragraph up to {@code megabytes} MB (UTF-8). */
    static byte[] bigger(String text, int megabytes) {
        String para = "\n\nChiều 26/10, Thủ tướng Phạm Minh Chính và Tổng thống Donald Trump dự Hội nghị.";
        StringBuilder b = new StringBuilder(text);
        int target = megabytes * 1024 * 1024;
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        int step = para.getBytes(StandardCharsets.UTF_8).length;
        while (size + step <= target) {
            b.append(para);
            size += step;
        }
        b.append("x".repeat(target - size));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What a case is expected to do: fail (error), pass unless --strict (warning), or pass with a note. */
    enum Kind { ERROR, WARNING, NOTE, OK }

    /** One change to the valid site. */
    interface Mutation {
        void apply(Path root) throws IOException;
    }

    /** Replaces {@code from}, which must occur exactly once, by {@code to}. */
    static Mutation replace(String file, String from, String to) {
        return root -> {
            Path p = root.resolve(file);
            String text = Files.readString(p, StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            assertTrue(at >= 0, "mutation: '" + from + "' not found in " + file);
            assertEquals(-1, text.indexOf(from, at + 1), "mutation: '" + from + "' occurs twice in " + file);
            Files.writeString(p, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
        };
    }

    static Mutation write(String file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Mutation writeBytes(String file, byte[] bytes) {
        return root -> {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        };
    }

    /** Rewrites a file through a function of its text. */
    static Mutation transform(String file, java.util.function.Function<String, byte[]> f) {
        return root -> {
            Path p = root.resolve(file);
            Files.write(p, f.apply(Files.readString(p, StandardCharsets.UTF_8)));
        };
    }

    /** Makes {@code file} a symbolic link to {@code target} (a path as written in the link). */
    static Mutation symlink(String file, String target) {
        return root -> {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            Files.deleteIfExists(p);
            Files.createSymbolicLink(p, Path.of(target));
        };
    }

    static Mutation delete(String file) {
        return root -> Files.delete(root.resolve(file));
    }

    /**
     * @param lines  headlines that must each appear as a whole line of the output, exactly
     * @param hints  text that must appear in the output (hints, quoted sentences)
     */
    record Case(String name, Kind kind, List<Mutation> mutations, List<String> lines, List<String> hints) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case error(String name, Mutation m, String line, String... hints) {
        return new Case(name, Kind.ERROR, List.of(m), List.of(line), List.of(hints));
    }

    static Case warning(String name, Mutation m, String line, String... hints) {
        return new Case(name, Kind.WARNING, List.of(m), List.of(line), List.of(hints));
    }

    static Case note(String name, Mutation m, String line, String... hints) {
        return new Case(name, Kind.NOTE, List.of(m), List.of(line), List.of(hints));
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        // --- YAML and front matter ---
        c.add(error("yaml-unclosed-quote-in-front-matter", replace(A, "outlet: \"TTXVN\"", "outlet: \"TTXVN"),
                A + ":4:9: error: YAML syntax: while scanning a quoted scalar: found unexpected end of stream",
                "a quote was opened here and not closed", "check failed: 1 error, 0 warnings"));
        c.add(error("yaml-colon-in-plain-value", replace(SUMMITS, "  city: Kuala Lumpur", "  city: Kuala: Lumpur"),
                SUMMITS + ":7:14: error: YAML syntax: mapping values are not allowed here",
                "a value that contains ': ' must be put in double quotes"));
        c.add(new Case("yaml-tab-indent", Kind.ERROR, List.of(replace(LEADERS, "  country: US", "\tcountry: US")), List.of(
                LEADERS + ":17:1: error: YAML syntax: found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation)",
                LEADERS + ":1:1: error: 9 references to leaders fail because content/leaders.yaml cannot be read"),
                List.of("indent with spaces, not tabs", "check failed: 2 errors, 0 warnings")));
        c.add(new Case("yaml-bad-indent-in-list", Kind.ERROR, List.of(replace(SERIES, "  name: {vi", "   name: {vi")), List.of(
                SERIES + ":2:8: error: YAML syntax: mapping values are not allowed here",
                SERIES + ":1:1: error: 1 reference to series fails because content/series.yaml cannot be read"),
                List.of("indent it exactly like the keys above it", "check failed: 2 errors, 0 warnings")));
        c.add(new Case("yaml-alias-is-refused", Kind.ERROR, List.of(
                        replace(SUMMITS, "  participants:\n    - pham-minh-chinh", "  participants: &people\n    - pham-minh-chinh"),
                        replace(SUMMITS, "participants: [luong-cuong, donald-trump]", "participants: *people")),
                List.of(SUMMITS + ":28:17: error: YAML aliases ('*people') are not supported"),
                List.of("write the value out in full instead of '*people'")));
        c.add(error("unknown-key-in-front-matter", replace(A, "outlet:", "outlett:"),
                A + ":4:1: error: unknown key 'outlett' in the front matter of " + A, "did you mean 'outlet'?"));
        c.add(error("unknown-key-in-summit", replace(SUMMITS, "  city: Kuala Lumpur", "  ctiy: Kuala Lumpur"),
                SUMMITS + ":7:3: error: unknown key 'ctiy' in 'asean-us-13' in summits.yaml", "did you mean 'city'?"));
        c.add(error("unknown-key-in-site-yaml", replace(SITE, "theme: default", "them: default"),
                SITE + ":11:1: error: unknown key 'them' in site.yaml", "did you mean 'theme'?"));
        c.add(error("list-where-text-expected", replace(A, "outlet: \"TTXVN\"", "outlet: [TTXVN, VOV]"),
                A + ":4:9: error: 'outlet' of the front matter of " + A + " must be text or {vi: …, en: …}, found a list"));
        // --- embargo: a moment with its offset from UTC ---
        c.add(error("embargo-without-offset", replace(A, "outlet: \"TTXVN\"", "embargo: \"2025-10-26T18:00\"\noutlet: \"TTXVN\""),
                A + ":4:10: error: 'embargo' of the front matter of " + A + " has no time zone: '2025-10-26T18:00'",
                "= hint: add the offset from UTC of the time zone it is given in, e.g. \"2025-10-26T18:00+07:00\" for"
                        + " Việt Nam time or \"2025-10-26T18:00Z\" for UTC"));
        c.add(error("embargo-without-time", replace(A, "outlet: \"TTXVN\"", "embargo: 2025-10-26\noutlet: \"TTXVN\""),
                A + ":4:10: error: 'embargo' of the front matter of " + A + " is a date without a time: '2025-10-26'",
                "= hint: add the time and the offset from UTC, e.g. \"2025-10-26T18:00+07:00\""));
        c.add(error("embargo-not-a-moment", replace(A, "outlet: \"TTXVN\"", "embargo: \"26/10 18h\"\noutlet: \"TTXVN\""),
                A + ":4:10: error: 'embargo' of the front matter of " + A + " is not a date and time: '26/10 18h'",
                "= hint: write the date, 'T', the time and the offset from UTC, e.g. \"2025-10-26T18:00+07:00\""));
        c.add(error("embargo-impossible-day", replace(A, "outlet: \"TTXVN\"", "embargo: \"2025-02-30T18:00+07:00\"\noutlet: \"TTXVN\""),
                A + ":4:10: error: invalid date and time '2025-02-30T18:00+07:00' in 'embargo' of the front matter of " + A
                        + ": Invalid date 'FEBRUARY 30'",
                "= hint: write a real date and a time from 00:00 to 23:59"));
        c.add(warning("embargo-in-a-translation", replace(AE, "title:", "embargo: \"2025-10-26T18:00+07:00\"\ntitle:"),
                AE + ":2:1: warning: 'embargo' in a translation is ignored: it is shared by all languages",
                "= hint: remove it here; set it in the source-language file"));
        c.add(error("text-where-number-expected", replace(SUMMITS, "value: 453", "value: \"453 tỷ\""),
                SUMMITS + ":15:14: error: 'value' of a figure of summit 'asean-us-13' must be a number, found text '453 tỷ'",
                "write a plain number with a dot for decimals"));
        c.add(error("number-with-decimal-comma", replace(SUMMITS, "value: 453", "value: 11,8"),
                SUMMITS + ":15:14: error: 'value' of a figure of summit 'asean-us-13' must be a number, found text '11,8'",
                "write '11.8'"));
        c.add(error("infinite-number", replace(SUMMITS, "value: 453", "value: .inf"),
                SUMMITS + ":15:14: error: 'value' of a figure of summit 'asean-us-13' must be a plain decimal number,"
                        + " found '.inf'"));
        c.add(error("missing-required-date", replace(A, "date: \"2025-10-26\"\n", ""),
                A + ":2:1: error: the front matter of " + A + " has no 'date'", "add a line such as 'date: \"2025-10-26\"'"));
        c.add(error("empty-required-title", replace(A, "title: \"Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ\"",
                        "title:"),
                A + ":2:1: error: the front matter of " + A + " has no 'title'"));
        c.add(error("missing-summit-name", replace(SUMMITS,
                        "  name: {vi: \"Tuần lễ Cấp cao APEC 2025\", en: \"APEC Economic Leaders' Week 2025\"}\n", ""),
                SUMMITS + ":22:3: error: 'apec-2025' in summits.yaml has no 'name'"));
        c.add(error("invalid-date-month-13", replace(SUMMITS, "start: \"2025-10-26\"", "start: \"2025-13-45\""),
                SUMMITS + ":5:10: error: invalid date '2025-13-45' in 'start' of 'asean-us-13' in summits.yaml:"
                        + " month 13 does not exist (1 to 12)"));
        c.add(error("invalid-date-february-30", replace(A, "date: \"2025-10-26\"", "date: \"2025-02-30\""),
                A + ":3:7: error: invalid date '2025-02-30' in 'date' of the front matter of " + A
                        + ": day 30 does not exist in 2025-02 (1 to 28)"));
        c.add(error("not-a-date", replace(EVENTS, "date: \"2017-11\"", "date: \"November 2017\""),
                EVENTS + ":2:9: error: 'date' of 'trump-visit-2017' in events.yaml is not a date: 'November 2017'",
                "write YYYY-MM-DD, YYYY-MM or YYYY"));
        c.add(error("summit-ends-before-it-starts", replace(SUMMITS, "end: \"2025-11-01\"", "end: \"2025-10-01\""),
                SUMMITS + ":25:8: error: the summit ends (2025-10-01) before it starts (2025-10-29)",
                "swap 'start' and 'end'"));
        c.add(error("role-ends-before-it-starts", replace(LEADERS, "      from: \"2024-10-21\"\n",
                        "      from: \"2024-10-21\"\n      to: \"2024-01-01\"\n"),
                LEADERS + ":15:11: error: the role ends (2024-01-01) before it starts (2024-10-21)"));
        c.add(error("empty-article-file", write(A, ""),
                A + ":1:1: error: the file is empty", "write a front matter block"));
        c.add(error("empty-annotation-file", write(EVENTS, ""),
                EVENTS + ":1:1: error: the file is empty", "write '[]' if there are none yet"));
        c.add(error("annotation-file-of-comments-only", write(EVENTS, "# none yet\n"),
                EVENTS + ":1:1: error: the file has no entries (only comments)", "write '[]' if there are none yet"));
        c.add(new Case("annotation-file-that-says-it-has-no-entries", Kind.OK, List.of(write(EVENTS, "[]\n")), List.of(),
                List.of()));
        c.add(new Case("emptied-leaders-file-is-said-once", Kind.ERROR, List.of(write(LEADERS, "\n")), List.of(
                LEADERS + ":1:1: error: the file is empty",
                LEADERS + ":1:1: error: 9 references to leaders fail because content/leaders.yaml is empty"),
                List.of("check failed: 2 errors, 0 warnings")));
        c.add(error("empty-front-matter", transform(A,
                        s -> ("---\n---\n" + s.substring(s.indexOf("\n---\n") + 5)).getBytes(StandardCharsets.UTF_8)),
                A + ":1:1: error: the front matter is empty"));
        c.add(error("not-utf-8", transform(A, s -> s.getBytes(StandardCharsets.ISO_8859_1)),
                A + ":2:31: error: the file is not valid UTF-8 (byte 0xED at offset 34)", "save the file as UTF-8", "check failed: 1 error, 0 warnings"));
        // Decoding takes a fast path unless the text holds U+FFFD: the character itself is text, and a malformed
        // byte in a file that also holds it is still found where it is.
        c.add(new Case("replacement-character-is-text", Kind.OK,
                List.of(replace(A, "outlet: \"TTXVN\"", "outlet: \"TTXVN \uFFFD\"")), List.of(), List.of()));
        c.add(error("not-utf-8-beside-a-replacement-character", transform(A, s -> {
                    byte[] b = s.replace("outlet: \"TTXVN\"", "outlet: \"TTXVN \uFFFD\"").getBytes(StandardCharsets.UTF_8);
                    String before = s.substring(0, s.indexOf("summits:")).replace("TTXVN", "TTXVN \uFFFD");
                    b[before.getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
                    return b;
                }), A + ":5:1: error: the file is not valid UTF-8 (byte 0xFF at offset 131)"));
        c.add(note("byte-order-mark-is-accepted", transform(A, s -> ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8)),
                A + ":1:1: note: the file starts with a byte-order mark; it is ignored"));
        c.add(new Case("crlf-line-ends-are-accepted", Kind.OK,
                List.of(transform(A, s -> s.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))), List.of(), List.of()));
        c.add(error("crlf-file-keeps-its-line-numbers", transform(A,
                        s -> s.replace("outlet:", "outlett:").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                A + ":4:1: error: unknown key 'outlett' in the front matter of " + A));
        c.add(note("nfd-text-is-normalised", transform(A, s -> Normalizer.normalize(s, Normalizer.Form.NFD)
                        .getBytes(StandardCharsets.UTF_8)),
                A + ":2:1: note: text is not in Unicode NFC (letters and accents stored apart); it was normalised"));
        c.add(error("front-matter-not-closed", replace(A, "topics: [trade]\n---\n", "topics: [trade]\n"),
                A + ":1:1: error: the front matter is not closed", "close the front matter with a line '---'",
                "check failed: 1 error, 0 warnings"));
        c.add(error("front-matter-missing", replace(AE, "---\ntitle:", "title:"),
                AE + ":1:1: error: the file has no front matter", "did you forget to add '---' on the first line"));
        c.add(warning("unknown-language-file", write("content/articles/2025-10-26-asean-us-summit/fr.md",
                        "---\ntitle: Bonjour\n---\nTexte.\n"),
                "content/articles/2025-10-26-asean-us-summit/fr.md: warning: 'fr.md' is not a language of the site;"
                        + " the file is ignored", "add language 'fr' to content/site.yaml"));
        c.add(error("article-folder-with-invalid-name", write("content/articles/Bài Mới/vi.md",
                        "---\ntitle: Mới\ndate: \"2025-10-27\"\n---\nText.\n"),
                "content/articles/Bài Mới: error: article folder name 'Bài Mới' is not a valid id"
                        + " (lower-case ASCII letters, digits, hyphens)", "rename the folder to 'bai-moi'"));
        c.add(error("article-without-source-language", delete(B),
                "content/articles/2025-10-29-apec-meeting: error: article '2025-10-29-apec-meeting' has no"
                        + " source-language file vi.md"));
        c.add(error("duplicate-yaml-key", replace(A, "topics: [trade]\n", "topics: [trade]\noutlet: VOV\n"),
                A + ":8:1: error: duplicate key 'outlet' (first written at line 4)"));
        c.add(error("not-true-or-false", replace(A, "topics: [trade]\n", "topics: [trade]\ndraft: maybe\n"),
                A + ":8:8: error: 'draft' of the front matter of " + A + " must be true or false, found text 'maybe'"));
        c.add(error("unknown-figure-unit", replace(SUMMITS, "scale: billion", "scale: bilion"),
                SUMMITS + ":17:14: error: unknown scale 'bilion' (expected one of thousand, million, billion, trillion)",
                "did you mean 'billion'?"));
        c.add(error("unknown-language-in-localized-text", replace(SERIES, "en: \"ASEAN–US Summit\"", "eng: \"ASEAN–US Summit\""),
                SERIES + ":2:49: error: unknown language 'eng' in 'name' of 'asean-us-summit' in series.yaml"
                        + " (the site's languages are vi, en)", "did you mean 'en'?"));
        c.add(error("unknown-country-iso3", replace(LEADERS, "  country: US", "  country: USA"),
                LEADERS + ":17:12: error: unknown country 'USA' (expected a two-letter ISO code such as VN, US, MY)",
                "use 'US'"));
        c.add(error("unknown-country-vnm", replace(SUMMITS, "country: MY", "country: VNM"),
                SUMMITS + ":8:12: error: unknown country 'VNM' (expected a two-letter ISO code such as VN, US, MY)",
                "use 'VN'"));
        c.add(error("lower-case-country", replace(LEADERS, "  country: US", "  country: us"),
                LEADERS + ":17:12: error: unknown country 'us' (expected a two-letter ISO code such as VN, US, MY)",
                "use 'US'"));
        c.add(error("slug-that-would-leave-the-output-folder", replace(AE, "---\nOn 26 October", "slug: ../../etc/passwd\n---\nOn 26 October"),
                AE + ":4:7: error: slug '../../etc/passwd' is not valid in a URL", "e.g. 'etc-passwd'"));
        c.add(error("id-that-would-leave-the-output-folder", replace(LEADERS, "- id: donald-trump", "- id: \"../x\\0\""),
                LEADERS + ":15:7: error: 'id' of '../x\\u0000' in leaders.yaml is not a valid id: '../x\\u0000'"));
        c.add(error("invalid-id", replace(SERIES, "- id: asean-us-summit", "- id: ASEAN US summit"),
                SERIES + ":1:7: error: 'id' of 'ASEAN US summit' in series.yaml is not a valid id: 'ASEAN US summit'",
                "e.g. 'asean-us-summit'"));
        c.add(error("site-without-languages", replace(SITE,
                        "languages:\n  - code: vi\n    name: Tiếng Việt\n    locale: vi-VN\n    source: true\n"
                                + "  - code: en\n    name: English\n    locale: en-GB\n", ""),
                SITE + ":1:1: error: site.yaml declares no languages", "add 'languages:' with at least one '- code: vi' entry"));
        c.add(error("duplicate-figure-id", replace(SUMMITS, "  participants: [luong-cuong, donald-trump]",
                        "  participants: [luong-cuong, donald-trump]\n  figures:\n    - id: trade-2024\n      label: Một\n"
                                + "      value: 1\n      unit: count\n      source: {article: 2025-10-29-apec-meeting,"
                                + " quote: \"Tổng thống Trump nhắc lại chuyến thăm Việt Nam năm 2017.\"}"),
                SUMMITS + ":30:7: error: duplicate figure id 'trade-2024' (also defined at " + SUMMITS + ":13:7)"));
        c.add(warning("ambiguous-alias", replace(LEADERS, "  name: {vi: \"Lương Cường\", en: \"Luong Cuong\"}\n",
                        "  name: {vi: \"Lương Cường\", en: \"Luong Cuong\"}\n  aliases: {en: [\"Donald Trump\"]}\n"),
                LEADERS + ":16:3: warning: ambiguous alias 'Donald Trump' (en): it names both 'luong-cuong'"
                        + " and 'donald-trump'; it will not be linked"));
        c.add(error("missing-site-yaml", delete(SITE),
                SITE + ": error: no site configuration: content/site.yaml does not exist in {root}"));
        // --- references ---
        c.add(error("unknown-summit-in-article", replace(A, "summits: [asean-us-13]", "summits: [asean-us-31]"),
                A + ":5:11: error: unknown summit 'asean-us-31'", "did you mean 'asean-us-13'?"));
        c.add(error("unknown-leader-in-article", replace(A, "leaders: [pham-minh-chinh,", "leaders: [pham-minh-chin,"),
                A + ":6:11: error: unknown leader 'pham-minh-chin'", "did you mean 'pham-minh-chinh'?"));
        c.add(error("unknown-leader-in-participants", replace(SUMMITS, "    - donald-trump\n", "    - donald-trumph\n"),
                SUMMITS + ":11:7: error: unknown leader 'donald-trumph'", "did you mean 'donald-trump'?"));
        c.add(error("unknown-series", replace(SUMMITS, "series: asean-us-summit", "series: asean-us-sumit"),
                SUMMITS + ":2:11: error: unknown series 'asean-us-sumit'", "did you mean 'asean-us-summit'?"));
        c.add(error("unknown-article-in-figure-source", replace(SUMMITS, "article: 2025-10-26-asean-us-summit",
                        "article: 2025-10-26-asean-us-sumit"),
                SUMMITS + ":20:18: error: unknown article '2025-10-26-asean-us-sumit'",
                "did you mean '2025-10-26-asean-us-summit'?"));
        c.add(error("duplicate-id", replace(SERIES, "- id: asean-us-summit\n",
                        "- id: asean-us-summit\n  name: Một\n- id: asean-us-summit\n"),
                SERIES + ":3:3: error: duplicate series id 'asean-us-summit' (also defined at " + SERIES + ":1:3)"));
        c.add(error("two-titles-with-the-same-slug", replace(B,
                        "title: \"Chủ tịch nước Lương Cường gặp Tổng thống Donald Trump\"",
                        "title: \"Thu tuong Pham Minh Chinh du Hoi nghi Cap cao ASEAN - Hoa Ky\""),
                B + ":2:8: error: articles '2025-10-26-asean-us-summit' and '2025-10-29-apec-meeting' have the same URL"
                        + " /vi/…/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky/ in language 'vi'"));
        c.add(warning("leader-never-named-in-article", replace(B, "leaders: [luong-cuong, donald-trump]",
                        "leaders: [luong-cuong, donald-trump, pham-minh-chinh]"),
                B + ":6:38: warning: article '2025-10-29-apec-meeting' is annotated with leader 'pham-minh-chinh',"
                        + " whom its text never names", "add the form the article uses to the leader's 'aliases'"));
        c.add(warning("role-does-not-cover-summit-date", replace(LEADERS, "from: \"2024-10-21\"", "from: \"2026-01-01\""),
                SUMMITS + ":28:18: warning: leader 'luong-cuong' held no role on 2025-10-29, the date of summit 'apec-2025'"));
        // --- provenance ---
        c.add(error("figure-quote-not-in-article", replace(SUMMITS, "đạt hơn 453 tỷ USD", "đạt hơn 543 tỷ USD"),
                SUMMITS + ":21:16: error: the quoted sentence does not occur in article '2025-10-26-asean-us-summit'",
                "the closest passage is: \"Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch"
                        + " thương mại của ASEAN.\""));
        c.add(error("event-quote-not-in-article", replace(EVENTS, "nhắc lại chuyến thăm", "nhắc đến chuyến thăm"),
                EVENTS + ":7:12: error: the quoted sentence does not occur in article '2025-10-29-apec-meeting'",
                "the closest passage is: \"Tổng thống Trump nhắc lại chuyến thăm Việt Nam năm 2017.\""));
        // --- key figures: the figure agrees with its quote and with every translation; one fact, one figure ---
        String quoted = "the quote: \"Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch"
                + " thương mại của ASEAN.\"; correct the figure, or quote the sentence that states it";
        c.add(error("figure-value-contradicts-its-quote", replace(SUMMITS, "value: 453", "value: 17.5"),
                SUMMITS + ":15:14: error: figure 'trade-2024' has value 17.5 but the quote says \"hơn 453 tỷ USD\""
                        + " (453 billion USD, more than)", quoted));
        c.add(error("figure-currency-contradicts-its-quote", replace(SUMMITS, "unit: USD", "unit: AUD"),
                SUMMITS + ":15:14: error: figure 'trade-2024' has unit AUD but the quote says \"hơn 453 tỷ USD\""
                        + " (453 billion USD, more than)", quoted));
        c.add(error("figure-scale-contradicts-its-quote", replace(SUMMITS, "scale: billion", "scale: million"),
                SUMMITS + ":15:14: error: figure 'trade-2024' has scale million but the quote says \"hơn 453 tỷ USD\""
                        + " (453 billion USD, more than)", quoted));
        c.add(error("figure-qualifier-contradicts-its-quote", replace(SUMMITS, "approx: more-than", "approx: about"),
                SUMMITS + ":15:14: error: figure 'trade-2024' has approx about but the quote says \"hơn 453 tỷ USD\""
                        + " (453 billion USD, more than)", quoted));
        c.add(error("figure-missing-from-the-aligned-translated-paragraph", replace(AE, "USD 453 billion", "USD 435 billion"),
                AE + ":13:1: error: paragraph #p-4 (en) of article '2025-10-26-asean-us-summit' lacks figure 'trade-2024'"
                        + " (453 billion USD, more than) that its vi paragraph states",
                "en: \"Two-way trade in 2024 reached more than USD 435 billion, 11.8% of ASEAN's total trade.\";"
                        + " state the number as the vi paragraph does"));
        c.add(error("unknown-unit-lists-the-accepted-forms", replace(SUMMITS, "unit: USD", "unit: AUS"),
                SUMMITS + ":16:13: error: unknown unit 'AUS' (expected percent, count or a currency code such as USD, EUR,"
                        + " JPY, AUD, VND)", "write 'percent', 'count', or the three-letter ISO 4217 code of the currency"));
        c.add(error("unknown-unit-suggests-no-currency", replace(SUMMITS, "unit: USD", "unit: usdollar"),
                SUMMITS + ":16:13: error: unknown unit 'usdollar' (expected percent, count or a currency code such as"
                        + " USD, EUR, JPY, AUD, VND)", "write 'percent', 'count', or the three-letter ISO 4217 code"));
        c.add(error("figure-with-source-and-sources", replace(SUMMITS, "      source:\n", "      sources: []\n      source:\n"),
                SUMMITS + ":19:7: error: a figure has either 'source' or 'sources', not both",
                "move the 'source' entry into the 'sources' list"));
        c.add(error("one-fact-as-two-figures", replace(SUMMITS, "- id: apec-2025", """
                    - id: trade-2024-again
                      label: {vi: "Thương mại hai chiều năm 2024", en: "Two-way trade in 2024"}
                      value: 453
                      unit: usd
                      scale: billion
                      approx: more-than
                      sources:
                        - {article: 2025-10-26-asean-us-summit, quote: "đạt hơn 453 tỷ USD"}
                - id: apec-2025"""),
                SUMMITS + ":22:7: error: figure 'trade-2024-again' repeats figure 'trade-2024' of summit 'asean-us-13'"
                        + " (label \"Thương mại hai chiều năm 2024\", 453 billion USD, more than, also at " + SUMMITS + ":13:7)",
                "merge them into one figure that lists both citations under 'sources:'"));
        // --- translations ---
        c.add(warning("missing-translation", delete(BE),
                "content/articles/2025-10-29-apec-meeting: warning: article '2025-10-29-apec-meeting' has no"
                        + " translation in 'en'"));
        c.add(warning("outdated-translation", replace(A, "Chiều 26/10, Thủ tướng", "Chiều ngày 26/10, Thủ tướng"),
                AE + ":5:1: warning: outdated translation: the source's paragraph 1 (#p-1, vi.md:9) changed since it was"
                        + " translated: \"Chiều ngày 26/10, Thủ tướng Phạm Minh Chính và Tổng thống Donald Trump dự Hội nghị.\"",
                "update paragraph 1 here, then run ./brief stamp 2025-10-26-asean-us-summit --lang en"));
        c.add(warning("outdated-caption-is-numbered-as-readers-see-it", replace(A, "Các nhà lãnh đạo tại Hội nghị.", "Các lãnh đạo tại Hội nghị."),
                AE + ":7:1: warning: outdated translation: the source's paragraph 2 (#p-2, vi.md:11) changed since it was"
                        + " translated: \"Các lãnh đạo tại Hội nghị. Ảnh: TTXVN\""));
        c.add(new Case("outdated-translation-blocks-when-the-site-says-so", Kind.ERROR, List.of(
                replace(A, "Chiều 26/10, Thủ tướng", "Chiều ngày 26/10, Thủ tướng"),
                replace(SITE, "theme: default", "theme: default\ntranslations: {outdated: error}")), List.of(
                AE + ":5:1: error: outdated translation: the source's paragraph 1 (#p-1, vi.md:9) changed since it was"
                        + " translated: \"Chiều ngày 26/10, Thủ tướng Phạm Minh Chính và Tổng thống Donald Trump dự Hội nghị.\""),
                List.of()));
        c.add(warning("unstamped-translation", transform(AE, x -> x.replaceAll("translated_from: .*\n", "")
                        .getBytes(StandardCharsets.UTF_8)),
                AE + ":1:1: warning: freshness unknown: the translation was never stamped (no 'translated_from'), so a"
                        + " change to its source would go unnoticed",
                "check that it says what vi.md says, paragraph for paragraph, then run ./brief stamp"
                        + " 2025-10-26-asean-us-summit --lang en"));
        c.add(new Case("unstamped-translation-blocks-when-the-site-says-so", Kind.ERROR, List.of(
                transform(AE, x -> x.replaceAll("translated_from: .*\n", "").getBytes(StandardCharsets.UTF_8)),
                replace(SITE, "theme: default", "theme: default\ntranslations: {unknown: error, outdated: warn}")), List.of(
                AE + ":1:1: error: freshness unknown: the translation was never stamped (no 'translated_from'), so a"
                        + " change to its source would go unnoticed"), List.of()));
        c.add(error("translations-setting-with-an-unknown-value", replace(SITE, "theme: default", "theme: default\ntranslations: {outdated: fail}"),
                SITE + ":12:26: error: 'outdated' of 'translations' in site.yaml must be warn or error, found 'fail'",
                "write 'outdated: warn' or 'outdated: error'"));
        c.add(error("translation-with-a-missing-paragraph", replace(BE, "President Trump recalled his visit to Viet Nam in 2017.\n\n", ""),
                BE + ":7:1: error: the translation has 2 paragraphs, the source 3: the source's paragraph 2 (vi.md:10)"
                        + " \"Tổng thống Trump nhắc lại chuyến thăm Việt Nam năm 2017.\" is missing here",
                "translate it as a paragraph of its own before this one, so that #p-2 and every citation after it land"
                        + " on the same paragraph in every language"));
        c.add(error("translation-with-an-extra-paragraph", replace(BE, "President Trump recalled his visit to Viet Nam in 2017.\n\n",
                        "President Trump recalled his visit to Viet Nam in 2017.\n\nHe also spoke at length about golf.\n\n"),
                BE + ":9:1: error: the translation has 4 paragraphs, the source 3: paragraph 3 of the translation \"He also"
                        + " spoke at length about golf.\" has no counterpart in the source (the source's paragraph 3,"
                        + " vi.md:12, is \"Xem thêm bài trước và hội nghị.\")",
                "join it to the paragraph before or after it, or delete it"));
        // --- roles ---
        c.add(error("overlapping-roles", replace(LEADERS, "      from: \"2024-10-21\"\n",
                        "      from: \"2024-10-21\"\n    - title: {vi: \"Phó Chủ tịch\", en: \"Vice-President\"}\n      from: \"2025-01-01\"\n"),
                LEADERS + ":15:7: error: leader 'luong-cuong' holds two roles at once from 2025-01-01: this one and the"
                        + " one at line 13 (which has no 'to')",
                "if both were held together, add 'concurrent: true' to this role"));
        c.add(new Case("roles-held-together", Kind.OK, List.of(replace(LEADERS, "      from: \"2024-10-21\"\n",
                "      from: \"2024-10-21\"\n    - title: {vi: \"Phó Chủ tịch\", en: \"Vice-President\"}\n      from: \"2025-01-01\"\n"
                        + "      concurrent: true\n")), List.of(), List.of()));
        c.add(new Case("a-handover-on-one-day-is-no-overlap", Kind.OK, List.of(replace(LEADERS, "      from: \"2024-10-21\"\n",
                "      from: \"2024-10-21\"\n      to: \"2025-01-01\"\n    - title: {vi: \"Phó Chủ tịch\", en: \"Vice-President\"}\n"
                        + "      from: \"2025-01-01\"\n")), List.of(), List.of()));
        // --- text pasted from a word processor ---
        c.add(warning("curly-quotes-around-a-title", replace(A, "title: \"Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ\"",
                        "title: “Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ”"),
                A + ":2:8: warning: the value is wrapped in curly quotes “…”, which become part of the text (pasted"
                        + " from a word processor?)",
                "use straight quotes, as YAML does: \"Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ\""));
        c.add(new Case("no-break-space-in-a-reference", Kind.ERROR, List.of(replace(A, "leaders: [pham-minh-chinh, donald-trump]",
                "leaders: [pham-minh-chinh\u00A0, donald-trump]")), List.of(
                A + ":6:26: warning: a non-breaking space (U+00A0) here, where it does not belong (pasted from a word processor?)",
                A + ":6:11: error: unknown leader 'pham-minh-chinh\u00A0'"),
                List.of("delete it and retype any space: leaders: [pham-minh-chinh, donald-trump]")));
        c.add(new Case("zero-width-space-in-an-id", Kind.ERROR, List.of(replace(LEADERS, "- id: luong-cuong", "- id: luong-cuong\u200B")),
                List.of(LEADERS + ":9:18: warning: an invisible character (U+200B) here, where it does not belong (pasted"
                        + " from a word processor?)"), List.of("delete it and retype any space: - id: luong-cuong")));
        c.add(warning("numbers-differ-across-languages", replace(AE, "11.8% of", "11.9% of"),
                AE + ":13:1: warning: numbers differ in paragraph 4 (en): vi has [11.8] that en lacks; en has [11.9] that vi lacks",
                "vi: \"Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD", "en: \"Two-way trade in 2024 reached more than USD 453 billion, 11.9%"));
        c.add(warning("dates-differ-across-languages", replace(AE, "On 26 October,", "On 27 October,"),
                AE + ":5:1: warning: numbers differ in paragraph 1 (en): vi has [26] that en lacks; en has [27] that vi lacks"));
        c.add(warning("numbers-differ-in-annotations", replace(SUMMITS, "en: \"13th ASEAN–US Summit\"", "en: \"12th ASEAN–US Summit\""),
                SUMMITS + ":1:3: warning: numbers differ in summit 'asean-us-13' (en): vi has [13] that en lacks;"
                        + " en has [12] that vi lacks"));
        // --- templates ---
        c.add(error("template-syntax-error", replace(T404, "{% block content %}", "{% block content %}\n{% if %}"),
                T404 + ":3:7: error: template error: Unexpected token \"EXECUTE_END\" of value \"%}\""));
        // Pebble's lexer ran off the end of the text on this one: exit 3 with an ArrayIndexOutOfBoundsException.
        c.add(error("template-tag-not-closed", replace(T404, "{% endblock %}", "{% endblock "),
                T404 + ":6:1: error: template error: '{%' is not closed", "close it with '%}'"));
        c.add(error("template-tag-not-closed-in-the-base-template", replace(BASE, "{% block content %}{% endblock %}",
                        "{% block content %}{% endblock"),
                BASE + ":" + baseLine("{% block content %}{% endblock %}") + ": error: template error: '{%' is not closed",
                "close it with '%}'"));
        c.add(error("template-expression-not-closed", replace(T404, "<h1>{{ page.title }}</h1>", "<h1>{{ page.title </h1>"),
                T404 + ":3:5: error: template error: '{{' is not closed", "close it with '}}'"));
        c.add(error("template-unknown-variable", replace(T404, "<h1>{{ page.title }}</h1>", "<h1>{{ pgae.title }}</h1>"),
                T404 + ":3:8: error: template error: unknown variable 'pgae'", "check the spelling"));
        c.add(error("template-unknown-attribute", replace(T404, "<h1>{{ page.title }}</h1>", "<h1>{{ page.titel }}</h1>"),
                T404 + ":3:13: error: template error: 'titel' does not exist in the page", "check the spelling"));
        c.add(error("template-include-not-found", replace(T404, "<h1>{{ page.title }}</h1>", "<h1>{% include \"nope.peb\" %}</h1>"),
                T404 + ":3:17: error: template error: template 'nope.peb' not found", "name a file of the theme's templates/ folder"));
        // --- files outside the project, and files too large to read ---
        c.add(error("symlink-in-static-to-a-file-outside", symlink("themes/default/static/x.css", "/etc/passwd"),
                "themes/default/static/x.css: error: symbolic link points outside the project, to '/etc/passwd'",
                "copy the file into the project instead of linking to it"));
        c.add(error("symlink-in-content-to-a-folder-outside", symlink("content/articles/2025-11-01-elsewhere", "/etc"),
                "content/articles/2025-11-01-elsewhere: error: symbolic link points outside the project, to '/etc'"));
        c.add(new Case("relative-symlink-that-climbs-out", Kind.ERROR, List.of(root -> Files.writeString(
                        root.getParent().resolve("outside.peb"), "{{ secret }}"),
                        symlink("themes/default/templates/x.peb", "../../../../outside.peb")),
                List.of("themes/default/templates/x.peb: error: symbolic link points outside the project, to '{parent}/outside.peb'"),
                List.of()));
        c.add(new Case("symlink-loop", Kind.ERROR, List.of(symlink("content/articles/a", "b"), symlink("content/articles/b", "a")),
                List.of("content/articles/a: error: symbolic link loop: following it leads back to 'content/articles/a'",
                        "content/articles/b: error: symbolic link loop: following it leads back to 'content/articles/b'"),
                List.of("remove the link")));
        c.add(error("symlink-to-nothing", symlink("themes/default/static/gone.css", "nowhere.css"),
                "themes/default/static/gone.css: error: symbolic link points to 'themes/default/static/nowhere.css', which does not exist"));
        c.add(new Case("symlink-inside-the-project-keeps-working", Kind.OK,
                List.of(symlink("themes/default/static/again.css", "style.css")), List.of(), List.of()));
        c.add(error("article-over-the-size-limit", transform(A, t -> bigger(t, 20)),
                A + ": error: the file is 20.0 MB, more than the 5 MB brief reads", "split it into several files"));
        c.add(error("i18n-string-missing-in-one-language", replace(I18N_EN, "  home: Go to the home page\n", ""),
                T404 + ":5:36: error: UI string 'notfound.home' is missing in language 'en'",
                "add 'notfound.home: …' to themes/default/i18n/en.yaml"));
        // --- links ---
        c.add(error("link-to-unknown-summit", replace(B, "(summit:asean-us-13)", "(summit:asean-us-31)"),
                B + ":12:61: error: unknown summit 'asean-us-31'", "did you mean 'asean-us-13'?"));
        c.add(error("link-to-unknown-article", replace(BE, "(article:2025-10-26-asean-us-summit)", "(article:no-such-article)"),
                BE + ":9:10: error: unknown article 'no-such-article'"));
        c.add(error("link-to-missing-anchor", replace(B, "Xem thêm [bài trước]", "Xem [đoạn](#p-9) thêm [bài trước]"),
                B + ":12:5: error: link to '#p-9': no such anchor in this article", "anchors in this article"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeIsReportedWhereItIsWrittenAndLosesNothing(Case c, @TempDir Path tmp) throws IOException {
        try {
            runCase(c, tmp);
        } catch (AssertionError e) {
            throw new AssertionError("case " + c.name() + ": " + e.getMessage(), e);
        }
    }

    /** The minimal site with the output of a good build, made once and copied for each case. */
    @TempDir
    static Path built;

    @org.junit.jupiter.api.BeforeAll
    static void buildTheValidSiteOnce() throws IOException {
        Path root = SiteFixture.copyMinimal(built.resolve("src"));
        Run good = SiteFixture.run("build", "--source", root.toString(), "--quiet");
        assertEquals(0, good.exit(), "the valid fixture must build: " + good);
        assertEquals("", good.all().strip(), "the valid fixture builds without a warning");
    }

    private void runCase(Case c, Path tmp) throws IOException {
        Path root = tmp.resolve("src");
        SiteFixture.copyTree(built.resolve("src"), root);
        Path site = root.resolve("site");
        Map<String, String> before = SiteFixture.hashes(site);
        assertFalse(before.isEmpty());
        for (Mutation m : c.mutations()) m.apply(root);

        Run check = SiteFixture.run("check", "--source", root.toString());
        assertNoStackTrace(check);
        List<String> expected = c.lines().stream().map(l -> l.replace("{root}", root.toString()).replace("{parent}", root.getParent().toString())).toList();
        for (String line : expected) {
            assertTrue(check.hasLine(line), "check must print the line\n  " + line + "\n" + check);
        }
        for (String hint : c.hints()) {
            assertTrue(check.all().contains(hint), "check must print the hint\n  " + hint + "\n" + check);
        }
        switch (c.kind()) {
            case ERROR -> assertEquals(1, check.exit(), "an error fails check\n" + check);
            case WARNING -> {
                assertEquals(0, check.exit(), "a warning alone does not fail check\n" + check);
                assertTrue(check.err().contains(" 0 errors"), check.toString());
                Run strict = SiteFixture.run("check", "--source", root.toString(), "--strict");
                assertEquals(1, strict.exit(), "a warning fails check --strict\n" + strict);
            }
            case NOTE, OK -> {
                assertEquals(0, check.exit(), check.toString());
                assertTrue(check.err().contains("0 errors, 0 warnings"), check.toString());
            }
        }

        Run b = SiteFixture.run("build", "--source", root.toString());
        assertNoStackTrace(b);
        if (c.kind() == Kind.ERROR) {
            assertEquals(1, b.exit(), "the build must fail\n" + b);
            for (String line : expected) {
                assertTrue(b.hasLine(line), "build must print the line\n  " + line + "\n" + b);
            }
            assertTrue(b.err().contains("nothing was written"), b.toString());
            SiteFixture.assertSameFiles(before, SiteFixture.hashes(site), "a failed build must leave the previous output as it was");
        } else {
            // Warnings are printed by build too; notes only by check.
            assertEquals(0, b.exit(), "the build must succeed\n" + b);
            if (c.kind() == Kind.WARNING) {
                for (String line : expected) {
                    assertTrue(b.hasLine(line), "build must print the line\n  " + line + "\n" + b);
                }
            }
        }
        try (Stream<Path> s = Files.list(root)) {
            List<String> leftovers = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList();
            assertEquals(List.of(), leftovers, "no staging or old folder is left beside the output");
        }
    }

    @org.junit.jupiter.api.Test
    void aStrictBuildThatFailsOnAWarningLeavesThePreviousOutput(@TempDir Path tmp) throws IOException {
        Path root = SiteFixture.copyMinimal(tmp.resolve("src"));
        assertEquals(0, SiteFixture.run("build", "--source", root.toString(), "--quiet").exit());
        Map<String, String> before = SiteFixture.hashes(root.resolve("site"));
        replace(AE, "USD 453 billion", "USD 435 billion").apply(root);
        Run b = SiteFixture.run("build", "--source", root.toString(), "--strict");
        assertEquals(1, b.exit(), b.toString());
        SiteFixture.assertSameFiles(before, SiteFixture.hashes(root.resolve("site")), "--strict failed, so nothing may be written");
    }

    static void assertNoStackTrace(Run r) {
        for (String l : r.all().lines().toList()) {
            String problem = javaIn(l);
            if (problem != null) fail("a Java name, stack trace or internal error reached the terminal (" + problem + "): " + l + "\n" + r);
        }
    }

    /**
     * What in a printed line is Java's rather than the user's (an exception, a qualified class name, a stack
     * frame, an internal error), or null. The quoted source lines ("    | …") are the user's own text.
     */
    static String javaIn(String line) {
        if (line.startsWith("    |")) return null;
        if (line.startsWith("\tat ") || line.matches("\\s+at [\\w.$]+\\(.*")) return "a stack frame";
        if (line.startsWith("internal error")) return "an internal error";
        for (String s : List.of("Exception", "java.", "org.", "com.")) {
            if (line.contains(s)) return "'" + s + "'";
        }
        return null;
    }
}
