package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.testing.Sites;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under load during rebuilds, every response is a whole page: the old one or the new one. */
class ConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void threeHundredConcurrentRequestsDuringRebuildsAllGetCompletePages() throws Exception {
        ServeSupport.site(dir);
        try (ServeSupport.Running run = new ServeSupport.Running(dir, false, false)) {
            var site = run.server.site().orElseThrow();
            String base = site.model().urls().root();
            String article = site.model().urls().article("en", ServeSupport.ARTICLE);
            List<String> pages = new ArrayList<>();
            pages.add(article);
            site.files().keySet().stream().filter(p -> p.endsWith(".html")).sorted().limit(40)
                    .forEach(p -> pages.add(base + p.replaceFirst("index\\.html$", "")));
            Path en = dir.resolve("content/articles").resolve(ServeSupport.ARTICLE).resolve("en.md");
            String original = Sites.read(en);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger rebuilds = new AtomicInteger();
            Thread editor = new Thread(() -> {
                int i = 0;
                while (!stop.get()) {
                    Sites.writeText(en, original.replace("ASEAN leaders highly appreciated",
                            i++ % 2 == 0 ? "ASEAN leaders warmly appreciated" : "ASEAN leaders highly appreciated"));
                    run.server.rebuild(Set.of(dir.relativize(en)));
                    rebuilds.incrementAndGet();
                }
            });
            editor.start();
            int total = 0;
            try {
                for (int wave = 0; wave < 3; wave++) {
                    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
                    for (int i = 0; i < 300; i++) {
                        String path = pages.get(i % pages.size());
                        all.add(run.http.sendAsync(HttpRequest.newBuilder(run.uri(path)).GET().build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
                    }
                    for (CompletableFuture<HttpResponse<String>> f : all) {
                        HttpResponse<String> r = f.get();
                        assertEquals(200, r.statusCode(), r.uri().toString());
                        assertTrue(r.body().stripTrailing().endsWith("</html>"), "complete page: " + r.uri());
                        if (r.uri().getPath().equals(article)) {
                            assertTrue(r.body().contains("ASEAN leaders warmly appreciated")
                                    || r.body().contains("ASEAN leaders highly appreciated"), "old or new text");
                        }
                        total++;
                    }
                }
            } finally {
                stop.set(true);
                editor.join();
            }
            System.out.println("concurrency: " + total + " responses, all complete, during " + rebuilds.get() + " rebuilds");
            assertTrue(rebuilds.get() >= 1, "the requests ran while the site was being rebuilt");
        }
    }
}
