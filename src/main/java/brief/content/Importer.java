package brief.content;

import brief.i18n.FlexDate;
import brief.i18n.Slugs;
import brief.source.FrontMatter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw wire text into an article: reads the leading " date YYYY-MM(-DD)" line, keeps every paragraph
 * verbatim (escaped so Markdown shows it as written), marks photo captions, drops page boilerplate, and
 * proposes a title, a slug and an outlet. Every decision is recorded for the user to review.
 */
public final class Importer {
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)\\s+");
    private static final Pattern BLANK = Pattern.compile("\\n[\\s\\u00A0]*\\n");
    private static final List<String> BOILERPLATE = List.of("Bình luận", "Chưa có bình luận", "Chia sẻ",
            "Bài liên quan", "Tin liên quan", "Xem thêm", "Chia sẻ bài viết", "In bài viết", "Bài viết liên quan",
            "Tin cùng chuyên mục", "Gửi bình luận", "Lên đầu trang", "Đọc thêm");
    /** A meeting's name: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58". */
    private static final Pattern MEETING = Pattern.compile("(?:Hội nghị|Tuần lễ|Diễn đàn|Thượng đỉnh|Đối thoại)"
            + "(?: (?:cấp cao|Cấp cao|Bộ trưởng|Ngoại giao|Thượng đỉnh|lần thứ \\d+|[-–]|[\\p{Lu}Đ][\\p{L}+]*(?:-[\\p{Lu}Đ][\\p{L}+]*)*))+");
    /** Who attended: an office and a name of two to four capitalised words ("Thủ tướng Chính phủ Phạm Minh Chính"). */
    private static final Pattern PERSON = Pattern.compile("(Phó Thủ tướng|Thủ tướng|Chủ tịch nước|Tổng Bí thư|Chủ tịch Quốc hội"
            + "|Bộ trưởng Ngoại giao|Bộ trưởng|Tổng thống|Ngoại trưởng)(?: Chính phủ)? ((?:[\\p{Lu}Đ][\\p{Ll}]+ ?){2,4})");
    /** Words a meeting's name shares with every other: left out of the id ("asean-hoa-ky-13"). */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("hoi", "nghi", "cap", "cao", "lan", "thu",
            "bo", "truong", "ngoai", "giao", "tuan", "le", "dien", "dan", "thuong", "dinh", "doi", "thoai");
    /** A caption ends with the photo credit: "… Ảnh: TTXVN" or "… Ảnh: TTXVN phát". */
    private static final Pattern CREDIT = Pattern.compile("Ảnh:\\s*([^.]{1,40})$");
    /** A caption glued to the next paragraph: "Ngoại trưởng Hoa Kỳ Anthony Blinken.Ngoại trưởng Blinken …". */
    private static final Pattern GLUED = Pattern.compile("^([^.]{5,100}?[\\p{Ll}\\p{N}]\\.)(?=\\p{Lu})");
    private static final Pattern BYLINE = Pattern.compile("^([\\p{L} .]{2,60})/([\\p{Lu}Đ]{2,10})$");
    private static final Pattern DATELINE_OUTLET = Pattern.compile("^([\\p{Lu}Đ]{2,6}) - ");
    private static final Pattern AGENCY = Pattern.compile("\\b(TTXVN|VNA|VOV|VGP|AFP|Reuters|AP)\\b");

    /** The result: front matter values, body blocks, and what was decided or could not be. */
    public record Result(Optional<FlexDate> date, String title, boolean titleFromText, String slug,
                         Optional<String> outlet, Optional<String> agency, Optional<String> byline,
                         List<String> blocks, List<String> decisions, List<String> problems, String idStem) {
        /** The proposed article id: the date, then the meeting ("2025-10-26-asean-hoa-ky-13") or the title's first words. */
        public String proposedId() {
            return date.map(d -> d.iso() + "-").orElse("") + idStem;
        }

        public String markdown(String lang) {
            StringBuilder sb = new StringBuilder("---\n");
            sb.append("title: ").append(yamlString(title)).append('\n');
            date.ifPresent(d -> sb.append("date: \"").append(d.iso()).append("\"\n"));
            outlet.ifPresent(o -> sb.append("outlet: ").append(yamlString(o)).append('\n'));
            agency.ifPresent(o -> sb.append("source: ").append(yamlString(o)).append('\n'));
            byline.ifPresent(o -> sb.append("byline: ").append(yamlString(o)).append('\n'));
            sb.append("summits: []\nleaders: []\ntopics: []\ndraft: false\n---\n");
            for (String b : blocks) sb.append('\n').append(b).append('\n');
            return sb.toString();
        }
    }

    public Result importText(String raw, Optional<FlexDate> givenDate) {
        List<String> decisions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        Matcher dm = DATE_LINE.matcher(text);
        boolean dated = dm.find();
        Optional<FlexDate> date = date(dated ? dm.group(1) : null, givenDate, decisions, problems);
        if (dated) text = text.substring(dm.end());

        int nbspBefore = count(text, '\u00A0');
        List<String> paragraphs = paragraphs(text, decisions);
        Reading r = new Reading(decisions);
        for (int i = 0; i < paragraphs.size(); i++) r.read(i, paragraphs.get(i));
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(r.title == null ? 0 : Math.min(1, paragraphs.size() - 1));
        String meetingName = meeting(first);
        boolean fromText = false;
        if (r.title == null) {
            r.title = propose(first.replaceFirst("^[\\p{Lu}Đ]{2,6} - ", ""), meetingName);
            fromText = true;
            decisions.add("title: proposed from the first paragraph, \"" + r.title + "\"");
            problems.add("no headline in the text: check the proposed title, or give your own with --title \"…\"");
        }
        if (r.agency.isEmpty() && !paragraphs.isEmpty()) {
            Matcher ag = AGENCY.matcher(paragraphs.get(0));
            if (ag.find()) r.agency = Optional.of(ag.group(1));
        }
        if (r.outlet.isEmpty()) {
            r.outlet = r.agency;
            if (r.outlet.isPresent()) decisions.add("outlet: " + r.outlet.get() + " (from the photo credit or agency)");
            else problems.add("no outlet found: add 'outlet:' to the front matter");
        }
        String slug = Slugs.slugify(r.title);
        decisions.add("slug: " + slug);
        int nbspAfter = r.blocks.stream().mapToInt(b -> count(b, '\u00A0')).sum();
        if (nbspBefore > nbspAfter) {
            decisions.add("removed " + (nbspBefore - nbspAfter) + " non-breaking space" + (nbspBefore - nbspAfter == 1 ? "" : "s")
                    + " (empty lines and line ends made of them)");
        }
        return new Result(date, r.title, fromText, slug, r.outlet, r.agency, r.byline, r.blocks, decisions, problems,
                idStem(meetingName, slug));
    }

    /** The article's date: --date wins over the date line the text starts with ({@code dateLine}, null if none). */
    private static Optional<FlexDate> date(String dateLine, Optional<FlexDate> givenDate, List<String> decisions,
                                           List<String> problems) {
        if (dateLine != null) {
            FlexDate found = FlexDate.parse(dateLine).orElseThrow();
            if (givenDate.isPresent()) {
                decisions.add("date: " + givenDate.get().iso() + " (from --date; the text says " + found.iso() + ")");
                return givenDate;
            }
            decisions.add("date: " + found.iso() + " (from the date line)");
            if (found.precision() != FlexDate.Precision.DAY) {
                problems.add("the date line gives only " + found.iso() + "; add the day with --date YYYY-MM-DD");
            }
            return Optional.of(found);
        }
        if (givenDate.isPresent()) decisions.add("date: " + givenDate.get().iso() + " (from --date)");
        else problems.add("no date line and no --date: give the date with --date YYYY-MM-DD");
        return givenDate;
    }

    /** The text's paragraphs, each joined into one line and trimmed, without the page's boilerplate. */
    private static List<String> paragraphs(String text, List<String> decisions) {
        List<String> paragraphs = new ArrayList<>();
        for (String chunk : BLANK.split(text)) {
            String p = chunk.lines().map(l -> l.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", ""))
                    .reduce((a, b) -> a + " " + b).orElse("").strip();
            p = p.replaceAll("^[\\u00A0\\s]+|[\\u00A0\\s]+$", "");
            if (p.isEmpty()) continue;
            String bare = p.replaceAll("[\\s:.…]+$", "");
            if (BOILERPLATE.stream().anyMatch(bare::equalsIgnoreCase)) {
                decisions.add("dropped page boilerplate: \"" + p + "\"");
                continue;
            }
            paragraphs.add(p);
        }
        return paragraphs;
    }

    /** What the paragraphs say, read one by one: headline, byline, outlet, captions, sub-headings, the body. */
    private static final class Reading {
        private final List<String> decisions;
        String title;
        Optional<String> byline = Optional.empty();
        Optional<String> outlet = Optional.empty();
        Optional<String> agency = Optional.empty();
        final List<String> blocks = new ArrayList<>();

        Reading(List<String> decisions) {
            this.decisions = decisions;
        }

        /** Reads paragraph {@code i} of the text. */
        void read(int i, String p) {
            Matcher by = BYLINE.matcher(p);
            if (by.matches()) {
                byline = Optional.of(p);
                outlet = Optional.of(by.group(2));
                decisions.add("byline: \"" + p + "\"; outlet: " + by.group(2));
                return;
            }
            if (i == 0 && p.length() < 120 && !p.matches(".*[.!?…:;,]$")) {
                title = p;
                decisions.add("title: the first line, \"" + p + "\"");
                return;
            }
            if (i == 0) {
                Matcher dl = DATELINE_OUTLET.matcher(p);
                if (dl.find()) {
                    outlet = Optional.of(dl.group(1));
                    decisions.add("outlet: " + dl.group(1) + " (from the dateline)");
                }
            }
            if (!readCaption(p) && !readSubheading(i, p)) blocks.add(escape(p));
        }

        /** A photo caption: glued to the paragraph after it (split off), or ending in a credit. */
        private boolean readCaption(String p) {
            Matcher glued = GLUED.matcher(p);
            if (glued.find() && glued.group(1).contains(" ")) {
                blocks.add(caption(glued.group(1)));
                decisions.add("paragraph " + (blocks.size()) + ": caption without credit, split from the paragraph after it: \""
                        + glued.group(1) + "\"");
                blocks.add(escape(p.substring(glued.end())));
                return true;
            }
            Matcher credit = CREDIT.matcher(p);
            if (credit.find()) {
                blocks.add(caption(p));
                decisions.add("paragraph " + blocks.size() + ": photo caption (credit: " + credit.group(1).strip() + ")");
                if (agency.isEmpty()) agency = Optional.of(credit.group(1).replaceAll("\\s+phát$", "").strip());
                return true;
            }
            return false;
        }

        /** A short line without closing punctuation, after the first: a sub-heading. */
        private boolean readSubheading(int i, String p) {
            if (i > 0 && p.length() < 100 && !p.matches(".*[.!?…:;,)”\"]$")) {
                blocks.add("## " + escape(p));
                decisions.add("paragraph " + blocks.size() + ": sub-heading \"" + p + "\"");
                return true;
            }
            return false;
        }
    }

    /**
     * The meeting the paragraph is about: of the names it holds, one with a number ("lần thứ 13") or a level
     * ("Cấp cao") before a bare one, and never a venue ("Trung tâm Hội nghị Kuala Lumpur").
     */
    static String meeting(String paragraph) {
        Matcher m = MEETING.matcher(paragraph);
        String best = null;
        int bestScore = -1;
        while (m.find()) {
            if (paragraph.substring(0, m.start()).endsWith("Trung tâm ")) continue;
            String name = m.group().replaceAll("[\\s\\-–]+$", "");
            // Without a number or an acronym ("ASEAN", "APEC") a name is too vague to title an article by.
            if (!name.matches(".*(lần thứ|\\p{Lu}{2,}).*")) continue;
            int score = (name.contains("lần thứ") ? 2 : 0) + (name.matches(".*(Cấp cao|cấp cao|Bộ trưởng|Thượng đỉnh).*") ? 1 : 0);
            if (score > bestScore) {
                best = name;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A short title for a text without a headline: who attended which meeting ("Thủ tướng Phạm Minh Chính dự
     * Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13") when the first paragraph names both; else the meeting; else
     * the first sentence's main clause, ending at a word, never with "…".
     */
    static String propose(String paragraph, String meetingName) {
        Matcher person = PERSON.matcher(paragraph);
        String who = person.find() ? person.group(1) + " " + person.group(2).strip() : null;
        if (who != null && meetingName != null) return who + " dự " + meetingName;
        if (meetingName != null) return meetingName;
        String sentence = paragraph.split("(?<=[.!?])\\s")[0].replaceAll("[.!?]$", "");
        if (who != null && sentence.indexOf(who) > 0) sentence = sentence.substring(sentence.indexOf(who));
        String[] words = sentence.split("\\s+");
        if (words.length <= 16) return sentence;
        // Cut before a word that starts a complement ("của", "và", "tại"…), so the title ends on a whole phrase.
        java.util.Set<String> joins = java.util.Set.of("của", "và", "với", "tại", "trong", "cùng", "nhằm", "để", "về", "khi");
        for (int n = Math.min(words.length - 1, 18); n > 5; n--) {
            if (joins.contains(words[n].toLowerCase(java.util.Locale.ROOT))) {
                return String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[,;:]$", "");
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 12)).replaceAll("[,;:]$", "");
    }

    /** The id after the date: the meeting's distinctive words ("asean-hoa-ky-13"), else the title's first six. */
    static String idStem(String meetingName, String slug) {
        if (meetingName != null) {
            List<String> words = new ArrayList<>();
            for (String w : Slugs.slugify(meetingName).split("-")) if (!GENERIC.contains(w)) words.add(w);
            if (!words.isEmpty() && words.size() <= 8) return String.join("-", words);
        }
        String[] parts = slug.split("-");
        return String.join("-", java.util.Arrays.copyOf(parts, Math.min(parts.length, 6)));
    }

    /**
     * How many of the imported paragraphs occur in {@code markdown} (an existing article file), compared as
     * a reader sees them: without Markdown escapes, heading and caption marks, case and runs of white space.
     */
    public static int sameParagraphs(List<String> blocks, String markdown) {
        java.util.Set<String> existing = new java.util.HashSet<>();
        String body = FrontMatter.split(markdown.replace("\r\n", "\n")).map(FrontMatter::body).orElse(markdown);
        for (String p : BLANK.split(body)) existing.add(plain(p));
        existing.remove("");
        int n = 0;
        for (String b : blocks) if (existing.contains(plain(b))) n++;
        return n;
    }

    private static String plain(String block) {
        String s = Normalizer.normalize(block, Normalizer.Form.NFC).strip();
        if (s.startsWith(MarkdownParser.CAPTION_OPEN)) s = s.substring(MarkdownParser.CAPTION_OPEN.length());
        if (s.endsWith("\n" + MarkdownParser.CAPTION_CLOSE)) s = s.substring(0, s.length() - MarkdownParser.CAPTION_CLOSE.length());
        s = s.replaceFirst("^#{1,6}\\s+", "").replaceAll("\\\\(.)", "$1");
        return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static String caption(String text) {
        return MarkdownParser.CAPTION_OPEN + "\n" + escape(text) + "\n" + MarkdownParser.CAPTION_CLOSE;
    }

    /** Escapes what Markdown would read as markup, so that the text renders exactly as written. */
    static String escape(String p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        String s = sb.toString();
        if (s.matches("^(#{1,6}\\s|[-+=]\\s|>|\\d{1,9}[.)]\\s).*")) {
            Matcher m = Pattern.compile("^(\\d{1,9})([.)])").matcher(s);
            s = m.find() ? m.group(1) + "\\" + s.substring(m.group(1).length()) : "\\" + s;
        }
        return s.replace("&", "&amp;").replace("&amp;", "&");
    }

    static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
