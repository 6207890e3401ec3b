package brief.content;

import brief.i18n.FlexDate;
import brief.i18n.Slugs;
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
            "Bài liên quan", "Tin liên quan", "Xem thêm");
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
                         List<String> blocks, List<String> decisions, List<String> problems) {
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

        Optional<FlexDate> date = givenDate;
        Matcher dm = DATE_LINE.matcher(text);
        if (dm.find()) {
            FlexDate found = FlexDate.parse(dm.group(1)).orElseThrow();
            text = text.substring(dm.end());
            if (givenDate.isPresent()) {
                decisions.add("date: " + givenDate.get().iso() + " (from --date; the text says " + found.iso() + ")");
            } else {
                date = Optional.of(found);
                decisions.add("date: " + found.iso() + " (from the date line)");
                if (found.precision() != FlexDate.Precision.DAY) {
                    problems.add("the date line gives only " + found.iso() + "; add the day with --date YYYY-MM-DD");
                }
            }
        } else if (givenDate.isPresent()) {
            decisions.add("date: " + givenDate.get().iso() + " (from --date)");
        } else {
            problems.add("no date line and no --date: give the date with --date YYYY-MM-DD");
        }

        List<String> paragraphs = new ArrayList<>();
        for (String chunk : BLANK.split(text)) {
            String p = chunk.lines().map(l -> l.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", ""))
                    .reduce((a, b) -> a + " " + b).orElse("").strip();
            p = p.replaceAll("^[\\u00A0\\s]+|[\\u00A0\\s]+$", "");
            if (p.isEmpty()) continue;
            if (BOILERPLATE.contains(p)) {
                decisions.add("dropped page boilerplate: \"" + p + "\"");
                continue;
            }
            paragraphs.add(p);
        }

        String title = null;
        boolean fromText = false;
        Optional<String> byline = Optional.empty();
        Optional<String> outlet = Optional.empty();
        Optional<String> agency = Optional.empty();
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            Matcher by = BYLINE.matcher(p);
            if (by.matches()) {
                byline = Optional.of(p);
                outlet = Optional.of(by.group(2));
                decisions.add("byline: \"" + p + "\"; outlet: " + by.group(2));
                continue;
            }
            if (i == 0 && p.length() < 120 && !p.matches(".*[.!?…:;,]$")) {
                title = p;
                decisions.add("title: the first line, \"" + p + "\"");
                continue;
            }
            if (i == 0) {
                Matcher dl = DATELINE_OUTLET.matcher(p);
                if (dl.find()) {
                    outlet = Optional.of(dl.group(1));
                    decisions.add("outlet: " + dl.group(1) + " (from the dateline)");
                }
            }
            Matcher glued = GLUED.matcher(p);
            if (glued.find() && glued.group(1).contains(" ")) {
                blocks.add(caption(glued.group(1)));
                decisions.add("paragraph " + (blocks.size()) + ": caption without credit, split from the paragraph after it: \""
                        + glued.group(1) + "\"");
                blocks.add(escape(p.substring(glued.end())));
                continue;
            }
            Matcher credit = CREDIT.matcher(p);
            if (credit.find()) {
                blocks.add(caption(p));
                decisions.add("paragraph " + blocks.size() + ": photo caption (credit: " + credit.group(1).strip() + ")");
                if (agency.isEmpty()) agency = Optional.of(credit.group(1).replaceAll("\\s+phát$", "").strip());
                continue;
            }
            if (i > 0 && p.length() < 100 && !p.matches(".*[.!?…:;,)”\"]$")) {
                blocks.add("## " + escape(p));
                decisions.add("paragraph " + blocks.size() + ": sub-heading \"" + p + "\"");
                continue;
            }
            blocks.add(escape(p));
        }
        if (title == null) {
            String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
            first = first.replaceFirst("^[\\p{Lu}Đ]{2,6} - ", "");
            String sentence = first.split("(?<=[.!?])\\s")[0];
            title = shorten(sentence, 90);
            fromText = true;
            problems.add("no headline in the text: the title was made from the first sentence; write a real headline");
        }
        if (agency.isEmpty() && !paragraphs.isEmpty()) {
            Matcher ag = AGENCY.matcher(paragraphs.get(0));
            if (ag.find()) agency = Optional.of(ag.group(1));
        }
        if (outlet.isEmpty()) {
            outlet = agency;
            if (outlet.isPresent()) decisions.add("outlet: " + outlet.get() + " (from the photo credit or agency)");
            else problems.add("no outlet found: add 'outlet:' to the front matter");
        }
        String slug = Slugs.slugify(title);
        decisions.add("slug: " + slug);
        return new Result(date, title, fromText, slug, outlet, agency, byline, blocks, decisions, problems);
    }

    private static String caption(String text) {
        return MarkdownParser.CAPTION_OPEN + "\n" + escape(text) + "\n" + MarkdownParser.CAPTION_CLOSE;
    }

    private static String shorten(String s, int max) {
        if (s.length() <= max) return s.replaceAll("[.,;:]$", "");
        String cut = s.substring(0, max);
        int space = cut.lastIndexOf(' ');
        return (space > 40 ? cut.substring(0, space) : cut) + "…";
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
