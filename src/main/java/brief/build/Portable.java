package brief.build;

import brief.output.RenderedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portable form of the output ({@code brief build --portable}): a copy that works opened from disk
 * (file://), where there is no web server. Every link that starts with the base path becomes relative to the
 * page, and a folder link names its {@code index.html}, since a browser shows file:// folders as listings.
 * Browsers refuse fetch() over file://, so each search index file is shipped as a script that hands its data
 * to {@code brief-portable.js}, which search pages load before the theme's search script and which answers
 * the theme's fetch() calls from those scripts. The theme's files are not changed, and the web form of the
 * output stays what it was. Links that name the published site with its host (canonical, feeds, sitemap)
 * keep it.
 */
public final class Portable {
    /** The script search pages load in the portable form, under the theme's assets. */
    static final String SHIM = "assets/brief-portable.js";
    private static final Pattern SEARCH_PAGE = Pattern.compile(" data-index=\"");

    private final String base;
    private final Pattern attribute;
    private final Pattern docUrl;
    private final List<String> searchDirs;

    /**
     * @param basePath   the path every link of the site starts with ("/" or "/briefings/")
     * @param searchDirs the folders of the search pages, relative to the output ("en/search/")
     */
    public Portable(String basePath, List<String> searchDirs) {
        this.base = basePath;
        this.searchDirs = List.copyOf(searchDirs);
        // Any attribute whose value is a path of the site; "//host/…" is another site.
        this.attribute = Pattern.compile("(\\s([a-zA-Z][a-zA-Z0-9:-]*)=\")(" + Pattern.quote(base) + "(?!/)[^\"]*)\"");
        // A result's URL in a search index document shard: a whole JSON string between commas.
        this.docUrl = Pattern.compile("(?<=,)\"(" + Pattern.quote(base) + "(?!/)[^\"\\\\]*)\"(?=,)");
    }

    /** The files of the portable output that stand for this file of the web output (none, one or more). */
    public List<RenderedPage> adapt(RenderedPage page) {
        String path = page.path();
        if (path.endsWith(".html")) return List.of(new RenderedPage(path, html(path, text(page)).getBytes(StandardCharsets.UTF_8)));
        if (path.endsWith(".json")) {
            for (String dir : searchDirs) {
                if (path.startsWith(dir)) return List.of(indexScript(dir, page));
            }
        }
        return List.of(page);
    }

    /** Files the portable form adds to the output. */
    public List<RenderedPage> extraFiles() {
        try (InputStream in = Portable.class.getResourceAsStream("brief-portable.js")) {
            return List.of(new RenderedPage(SHIM, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String html(String path, String html) {
        Matcher m = attribute.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            // data-* attributes are read by scripts as folder prefixes (the search index): no index.html.
            boolean folderPrefix = m.group(2).startsWith("data-");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + relative(path, m.group(3), !folderPrefix) + "\""));
        }
        m.appendTail(out);
        String result = out.toString();
        if (SEARCH_PAGE.matcher(result).find()) {
            int head = result.indexOf("</head>");
            if (head >= 0) {
                result = result.substring(0, head) + "<script src=\"" + relative(path, base + SHIM, false)
                        + "\"></script>\n" + result.substring(head);
            }
        }
        return result;
    }

    /** A search index file as a script; result URLs become relative to the search page that loads it. */
    private RenderedPage indexScript(String searchDir, RenderedPage page) {
        String page0 = searchDir + "index.html";
        Matcher m = docUrl.matcher(text(page));
        StringBuilder json = new StringBuilder();
        while (m.find()) m.appendReplacement(json, Matcher.quoteReplacement("\"" + relative(page0, m.group(1), true) + "\""));
        m.appendTail(json);
        String js = "briefIndexFile(" + json.toString().strip() + ");\n";
        String path = page.path();
        return new RenderedPage(path.substring(0, path.length() - ".json".length()) + ".js", js.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code url}, a path that starts with the base path, relative to the file {@code from} (a path relative to
     * the output). With {@code index}, a folder URL names its index.html.
     */
    String relative(String from, String url, boolean index) {
        String rest = url.substring(base.length());
        int cut = indexOfAny(rest, '?', '#');
        String target = cut < 0 ? rest : rest.substring(0, cut);
        String suffix = cut < 0 ? "" : rest.substring(cut);
        if (index && (target.isEmpty() || target.endsWith("/"))) target += "index.html";
        String[] fromDirs = from.substring(0, from.lastIndexOf('/') + 1).split("/", -1);
        String[] to = target.split("/", -1);
        int common = 0;
        // fromDirs ends with "" (after the last '/'); compare folders only.
        while (common < fromDirs.length - 1 && common < to.length - 1 && fromDirs[common].equals(to[common])) common++;
        StringBuilder rel = new StringBuilder();
        for (int i = common; i < fromDirs.length - 1; i++) rel.append("../");
        for (int i = common; i < to.length; i++) rel.append(to[i]).append(i < to.length - 1 ? "/" : "");
        if (rel.isEmpty()) rel.append("./");
        return rel + suffix;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a), j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String text(RenderedPage page) {
        return new String(page.bytes(), StandardCharsets.UTF_8);
    }
}
