package brief.cli;

import brief.content.ArticleLoader;
import brief.content.Block;
import brief.diag.ExitCode;
import brief.source.FrontMatter;
import brief.content.MarkdownParser;
import brief.diag.BriefException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Records that a translation is up to date with its source: writes 'translated_from' (a hash of each source paragraph) into the translation's front matter. Run it after translating or updating a translation; 'brief check' then names the source paragraphs that change later.")
final class StampCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Article ids (folder names).")
    List<String> ids;

    @Option(names = "--lang", required = true, description = "The translation's language.")
    String lang;

    @Option(names = "--source-lang", defaultValue = "vi", description = "The source language (default: vi).")
    String sourceLang;

    @Override
    public Integer call() throws IOException {
        Path root = source.root();
        MarkdownParser md = new MarkdownParser();
        for (String id : ids) {
            Path dir = root.resolve(ArticleLoader.DIR).resolve(id);
            Path src = dir.resolve(sourceLang + ".md");
            Path tr = dir.resolve(lang + ".md");
            if (!Files.exists(src) || !Files.exists(tr)) {
                throw new BriefException("article '" + id + "' needs both " + sourceLang + ".md and " + lang + ".md", ExitCode.CONTENT_ERRORS);
            }
            FrontMatter sfm = FrontMatter.split(read(src)).orElseThrow(() -> new BriefException(src + ": no front matter"));
            String hashes = md.parse(sfm.body(), sfm.bodyLine()).blocks().stream().map(Block::hash)
                    .collect(Collectors.joining(", ", "[", "]"));
            String text = read(tr);
            FrontMatter tfm = FrontMatter.split(text).orElseThrow(() -> new BriefException(tr + ": no front matter"));
            String yaml = tfm.yaml().replaceAll("(?m)^translated_from:.*\\n?", "");
            if (!yaml.endsWith("\n")) yaml += "\n";
            String out = "---\n" + yaml + "translated_from: " + hashes + "\n---\n" + tfm.body();
            Files.writeString(tr, out, StandardCharsets.UTF_8);
            System.out.println("stamped " + root.relativize(tr));
        }
        return ExitCode.OK.code();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
