package brief.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code git checkout} of another branch deletes and recreates the watched folders: later edits must still
 * reach the preview, without a restart.
 */
class WatcherRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void editsAreSeenAfterTheWatchedFoldersAreDeletedAndRecreated() throws Exception {
        ServeSupport.site(dir);
        Path content = dir.resolve("content");
        Path themes = dir.resolve("themes");
        Path article = content.resolve("articles").resolve(ServeSupport.ARTICLE);
        Path stash = Files.createDirectories(dir.resolve("stash"));
        try (ServeSupport.Running run = new ServeSupport.Running(dir, false, true);
             ServeSupport.Events events = run.events()) {
            String page = run.server.site().orElseThrow().model().urls().article("en", ServeSupport.ARTICLE);
            events.next("hello", 10);

            // An article's folder, removed and put back at once, then edited.
            recreate(article, stash.resolve("article"));
            editAndExpect(run, events, article.resolve("en.md"), page, "highly appreciated", "warmly appreciated");

            // The whole of content/.
            recreate(content, stash.resolve("content"));
            editAndExpect(run, events, article.resolve("en.md"), page, "warmly appreciated", "greatly appreciated");

            // themes/: a template edit after it came back shows too.
            recreate(themes, stash.resolve("themes"));
            Path template = themes.resolve("default/templates/article.peb");
            events.queue.clear();
            Sites.replaceIn(template, "{% block content %}", "{% block content %}<p class=\"recovered\">x</p>");
            expectPage(run, events, page, "class=\"recovered\"");

            // content/ gone for a while (the preview reports the error), then back.
            move(content, stash.resolve("content-2"));
            events.next("error", 30);
            copy(stash.resolve("content-2"), content);
            events.next("reload", 30);
            editAndExpect(run, events, article.resolve("en.md"), page, "greatly appreciated", "deeply appreciated");
        }
    }

    /**
     * An edit saved right after a checkout recreated the folder (an editor that reloads the file and saves at
     * once, or a script), before the watcher can have taken in the new folder, is not lost: the preview reads
     * the sources again once the recreated folder is watched.
     */
    @Test
    void anEditSavedAtOnceAfterTheFolderCameBackIsNotLost() throws Exception {
        ServeSupport.site(dir);
        Path themes = dir.resolve("themes");
        Path stash = Files.createDirectories(dir.resolve("stash"));
        Path template = themes.resolve("default/templates/article.peb");
        try (ServeSupport.Running run = new ServeSupport.Running(dir, false, true);
             ServeSupport.Events events = run.events()) {
            String page = run.server.site().orElseThrow().model().urls().article("en", ServeSupport.ARTICLE);
            events.next("hello", 10);
            for (int i = 0; i < 5; i++) {
                recreate(themes, stash.resolve("themes-" + i));
                events.queue.clear();
                Sites.replaceIn(template, "{% block content %}", "{% block content %}<p class=\"edit-" + i + "\">x</p>");
                expectPage(run, events, page, "class=\"edit-" + i + "\"");
            }
        }
    }

    /** Deletes {@code folder} and recreates it with the same files at once, as git does on a checkout. */
    private static void recreate(Path folder, Path aside) throws IOException {
        move(folder, aside);
        copy(aside, folder);
    }

    private static void editAndExpect(ServeSupport.Running run, ServeSupport.Events events, Path file, String page,
                                      String from, String to) throws Exception {
        // Let the watcher take in the recreated folder: the edit must come after, as a user's would.
        Thread.sleep(300);
        events.queue.clear();
        Sites.replaceIn(file, "ASEAN leaders " + from + " the role", "ASEAN leaders " + to + " the role");
        expectPage(run, events, page, "ASEAN leaders " + to + " the role");
    }

    /** Waits (at most 30 s) until a reload event is followed by the page showing {@code text}. */
    private static void expectPage(ServeSupport.Running run, ServeSupport.Events events, String page, String text)
            throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                events.next("reload", 2);
            } catch (AssertionError e) {
                continue;
            }
            if (run.get(page).body().contains(text)) return;
        }
        throw new AssertionError("the edit never reached the preview (" + text + "); console:\n" + run.console());
    }

    private static void move(Path from, Path to) throws IOException {
        copy(from, to);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void copy(Path from, Path to) {
        brief.testing.Sites.copyTree(from, to);
    }
}
