package brief.cli;

import brief.diag.BriefException;
import brief.i18n.FlexDate;
import brief.i18n.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Scaffolds content: 'brief new article --title \"…\"' creates an article folder with its front matter.")
final class NewCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Parameters(index = "0", paramLabel = "KIND", description = "What to create: article.")
    String kind;

    @Option(names = "--title", required = true, description = "The article's title.")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date (default: today).")
    String date;

    @Option(names = "--lang", defaultValue = "vi", description = "The language of the file (default: vi).")
    String lang;

    @Override
    public Integer call() throws IOException {
        if (!kind.equals("article")) throw new BriefException("unknown kind '" + kind + "': only 'article' can be created", Main.USAGE);
        FlexDate d;
        try {
            d = date == null ? FlexDate.of(LocalDate.now()) : FlexDate.parse(date)
                    .orElseThrow(() -> new BriefException("--date " + date + " is not YYYY-MM-DD", Main.USAGE));
        } catch (java.time.DateTimeException e) {
            throw new BriefException("--date " + date + ": " + e.getMessage(), Main.USAGE);
        }
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) throw new BriefException("the title has no letters or digits to make a URL from", Main.USAGE);
        Path root = source.root();
        Path dir = root.resolve("content/articles").resolve(d.iso() + "-" + slug);
        Path file = dir.resolve(lang + ".md");
        if (Files.exists(file)) throw new BriefException(root.relativize(file) + " exists already", Main.CONTENT_ERRORS);
        Files.createDirectories(dir);
        Files.writeString(file, "---\ntitle: \"" + title.replace("\"", "\\\"") + "\"\ndate: \"" + d.iso()
                + "\"\noutlet: \"\"\nsummits: []\nleaders: []\ntopics: []\ndraft: true\n---\n\n" + brief.content.ArticleLoader.PLACEHOLDER + "\n",
                StandardCharsets.UTF_8);
        System.out.println("created " + root.relativize(file));
        System.out.println("next: edit " + root.relativize(file) + ", then ./brief check (it is a draft until you set draft: false)");
        return 0;
    }
}
