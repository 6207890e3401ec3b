package brief.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostic;
import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos from an article's folder: resized variants with srcset and sizes, no metadata published, orientation
 * applied, the same bytes on every build, nothing re-encoded from the cache, the lead photo as the share image,
 * and positioned errors for photos that are missing, unreadable or too small.
 */
public class PhotosTest {
    @TempDir
    Path dir;

    public static final String SITE_YAML = """
            title: {vi: Bản tin thử, en: Test briefings}
            base_url: https://example.org/briefings/
            languages:
              - {code: vi, name: Tiếng Việt, locale: vi-VN, source: true}
              - {code: en, name: English, locale: en-GB}
            sections:
              articles: {vi: bai-viet, en: articles}
              summits: {vi: hoi-nghi, en: summits}
              leaders: {vi: lanh-dao, en: leaders}
              chronology: {vi: dong-thoi-gian, en: chronology}
              search: {vi: tim-kiem, en: search}
            theme: default
            """;

    public static final String ARTICLE = "content/articles/2025-10-20-photos/";

    private Path site() throws IOException {
        return site(dir);
    }

    /**
     * A site (in {@code dir}/src) whose article shows a portrait photo stored sideways (EXIF orientation 6, with
     * GPS) and a PNG; the browser test builds it too.
     */
    public static Path site(Path dir) throws IOException {
        Path root = Sites.inline(dir.resolve("src"),
                "content/site.yaml", SITE_YAML,
                ARTICLE + "vi.md", """
                        ---
                        title: "Hội đàm có ảnh"
                        date: "2025-10-20"
                        outlet: TTXVN
                        ---
                        Đoạn mở đầu.

                        ::: figure lead.jpg
                        Các đại biểu dự hội nghị. Ảnh: TTXVN
                        :::

                        Đoạn giữa.

                        ![Toàn cảnh phiên họp](wide.png)
                        """,
                ARTICLE + "en.md", """
                        ---
                        title: "Talks with photos"
                        ---
                        The opening paragraph.

                        ::: figure lead.jpg
                        Delegates at the meeting. Photo: VNA
                        :::

                        The middle paragraph.

                        ![The session](wide.png)
                        """);
        // Stored 1800×1000, shown 1000×1800: the top-left quarter (red) is shown at the top right.
        BufferedImage sideways = new BufferedImage(1800, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sideways.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 1800, 1000);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 900, 500);
        g.dispose();
        Files.write(root.resolve(ARTICLE + "lead.jpg"), withExif(jpeg(sideways), 6));
        BufferedImage wide = new BufferedImage(1700, 900, BufferedImage.TYPE_INT_ARGB);
        Graphics2D w = wide.createGraphics();
        w.setColor(new Color(0, 128, 0, 200));
        w.fillRect(0, 0, 1700, 900);
        w.dispose();
        ImageIO.write(wide, "png", root.resolve(ARTICLE + "wide.png").toFile());
        return root;
    }

    private static Pipeline.Result build(Path root, Path out, Diagnostics diags) {
        return Sites.pipeline(Pipeline.Options.build(root).writingTo(out), diags);
    }

    @Test
    void variantsAreMadeAtEachWidthWithSrcsetSizesAndDimensions() throws Exception {
        Path root = site();
        Path out = dir.resolve("out");
        Diagnostics diags = new Diagnostics();
        build(root, out, diags);
        // The inline translation is not stamped: that warning is about freshness, not photos.
        assertEquals(List.of(), diags.all().stream().filter(d -> !d.message().startsWith("freshness unknown")).toList(),
                "wide enough photos, no caption without photo");

        Document page = Jsoup.parse(Files.readString(out.resolve("vi/bai-viet/hoi-dam-co-anh/index.html")));
        List<Element> imgs = page.select("main figure.photo img");
        assertEquals(2, imgs.size(), page.select("main").html());
        Element lead = imgs.get(0);
        assertEquals("1000", lead.attr("width"), "orientation 6 swaps width and height");
        assertEquals("1800", lead.attr("height"));
        assertEquals("(min-width: 46rem) 44rem, calc(100vw - 2rem)", lead.attr("sizes"));
        assertEquals("", lead.attr("loading"), "the first photo loads at once");
        assertEquals("Các đại biểu dự hội nghị. Ảnh: TTXVN", lead.parent().selectFirst("figcaption").text());
        assertEquals("Các đại biểu dự hội nghị. Ảnh: TTXVN", lead.attr("alt"),
                "the caption without the block's closing ':::', also when text follows the block");
        String[] candidates = lead.attr("srcset").split(", ");
        assertEquals(3, candidates.length, lead.attr("srcset"));
        int[] widths = {480, 800, 1000};
        for (int i = 0; i < 3; i++) {
            String[] c = candidates[i].split(" ");
            assertEquals(widths[i] + "w", c[1]);
            assertTrue(c[0].startsWith("/briefings/photos/"), c[0]);
            BufferedImage v = ImageIO.read(out.resolve(c[0].substring("/briefings/".length())).toFile());
            assertEquals(widths[i], v.getWidth(), c[0]);
            assertEquals(Math.round(1800.0 * widths[i] / 1000), v.getHeight(), c[0]);
        }
        BufferedImage shown = ImageIO.read(out.resolve(candidates[2].split(" ")[0].substring("/briefings/".length())).toFile());
        assertTrue(new Color(shown.getRGB(900, 100)).getRed() > 200, "red at the top right: rotated clockwise");
        assertTrue(new Color(shown.getRGB(100, 100)).getBlue() > 200, "blue at the top left");

        Element second = imgs.get(1);
        assertEquals("lazy", second.attr("loading"));
        assertEquals("async", second.attr("decoding"));
        assertEquals("1600", second.attr("width"), "never wider than the largest variant");
        assertEquals("847", second.attr("height"));
        assertEquals(4, second.attr("srcset").split(", ").length, "480, 800, 1200, 1600 from a 1700 px PNG");
        assertEquals("Toàn cảnh phiên họp", second.attr("alt"));
    }

    @Test
    void noMetadataIsPublishedAndTheLeadPhotoIsTheShareImage() throws Exception {
        Path root = site();
        Path out = dir.resolve("out");
        build(root, out, new Diagnostics());
        List<Path> jpegs;
        try (Stream<Path> s = Files.walk(out.resolve("photos"))) {
            jpegs = s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        assertEquals(3 + 4 + 2, jpegs.size(), "three and four widths, and a share crop of each photo");
        for (Path p : jpegs) {
            String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("Exif"), "an Exif segment in " + p);
            assertFalse(bytes.contains("TestCam"), "the camera's name in " + p);
        }
        for (String lang : List.of("vi/bai-viet/hoi-dam-co-anh", "en/articles/talks-with-photos")) {
            Document page = Jsoup.parse(Files.readString(out.resolve(lang + "/index.html")));
            String og = page.selectFirst("meta[property=og:image]").attr("content");
            assertTrue(og.startsWith("https://example.org/briefings/photos/") && og.endsWith("-share.jpg"), og);
            BufferedImage share = ImageIO.read(out.resolve(og.substring("https://example.org/briefings/".length())).toFile());
            assertEquals(1200, share.getWidth());
            assertEquals(630, share.getHeight());
            assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
            String ld = page.selectFirst("script[type=application/ld+json]").data();
            assertTrue(ld.contains("\"image\":[{\"@type\":\"ImageObject\",\"url\":\"" + og + "\""), ld);
        }
        Document list = Jsoup.parse(Files.readString(out.resolve("vi/bai-viet/index.html")));
        Element thumb = list.selectFirst(".card img.lead");
        assertTrue(thumb != null && thumb.attr("srcset").contains("480w"), list.select("main").html());
        Document home = Jsoup.parse(Files.readString(out.resolve("vi/index.html")));
        assertTrue(home.selectFirst(".card img.lead") != null, "the home page's list shows the lead photo");
    }

    @Test
    void aSecondBuildGivesTheSameBytesAndEncodesNothingAgain() throws Exception {
        Path root = site();
        build(root, dir.resolve("one"), new Diagnostics());
        PhotoCache cache = new PhotoCache(root);
        FileTime epoch = FileTime.fromMillis(0);
        List<Path> cached;
        try (Stream<Path> s = Files.list(cache.dir())) {
            cached = s.sorted().toList();
        }
        assertEquals(9 + 2, cached.size(), "nine variants and two sizes: " + cached);
        for (Path p : cached) Files.setLastModifiedTime(p, epoch);
        build(root, dir.resolve("two"), new Diagnostics());
        for (Path p : cached) assertEquals(epoch, Files.getLastModifiedTime(p), "rewritten: " + p);
        Map<String, String> one = Sites.hashes(dir.resolve("one").resolve("photos"));
        assertEquals(one, Sites.hashes(dir.resolve("two").resolve("photos")));
        // From scratch, without the cache: the same bytes again.
        Sites.copyTree(dir.resolve("one"), dir.resolve("keep"));
        deleteTree(root.resolve(".brief-cache"));
        build(root, dir.resolve("three"), new Diagnostics());
        assertEquals(one, Sites.hashes(dir.resolve("three").resolve("photos")));
    }

    @Test
    void photoProblemsAreReportedWhereTheyAreNamed() throws Exception {
        Path root = Sites.inline(dir.resolve("bad"),
                "content/site.yaml", SITE_YAML,
                ARTICLE + "vi.md", """
                        ---
                        title: "Ảnh lỗi"
                        date: "2025-10-20"
                        ---
                        ::: figure missing.jpg
                        Không có tệp.
                        :::

                        ::: figure broken.jpg
                        Tệp hỏng.
                        :::

                        Ảnh nhỏ: ![Nhỏ](small.jpg)

                        ::: caption
                        Chú thích không ảnh. Ảnh: TTXVN
                        :::

                        ::: caption
                        Chú thích thứ hai. Ảnh: TTXVN
                        :::
                        """);
        Files.write(root.resolve(ARTICLE + "broken.jpg"), "not a picture at all".getBytes(StandardCharsets.UTF_8));
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "jpeg", root.resolve(ARTICLE + "small.jpg").toFile());
        Diagnostics diags = new Diagnostics();
        new Pipeline().run(Pipeline.Options.check(root), diags).checked();
        String file = ARTICLE + "vi.md";
        assertEquals(List.of(
                file + ":5:12: error: photo 'missing.jpg' is not in the article's folder",
                file + ":9:12: error: photo 'broken.jpg' cannot be used: not an image format brief reads (JPEG, PNG, GIF, BMP, TIFF)",
                file + ":13:10: warning: photo 'small.jpg' is 400 px wide, too small for the article column (at least 800 px)",
                file + ":15:1: note: 2 captions have no photo; they are shown as caption lines"),
                diags.all().stream().filter(d -> d.message().startsWith("photo") || d.message().contains("caption")).map(PhotosTest::line).toList());
        assertEquals("put the photo in content/articles/2025-10-20-photos/ (JPEG or PNG), or correct its name",
                diags.all().get(1).hint());
        assertEquals("to show the photo, put it in content/articles/2025-10-20-photos/ and write '::: figure photo.jpg'"
                + " in place of '::: caption'", diags.all().get(4).hint());
    }

    @Test
    void aRemoteImageOrOneOutsideTheFolderIsAnErrorThatSaysToPutThePhotoInTheFolder() throws Exception {
        Path root = Sites.inline(dir.resolve("remote"),
                "content/site.yaml", SITE_YAML,
                ARTICLE + "vi.md", """
                        ---
                        title: "Ảnh ngoài"
                        date: "2025-10-20"
                        ---
                        Đoạn một ![Hội nghị](https://cdn.example.com/anh/hoi-nghi.jpg?w=800) ở giữa.

                        ::: figure //cdn.example.com/le-khai-mac.png
                        Lễ khai mạc.
                        :::

                        ![Ảnh cũ](../2025-10-19-cu/lead.jpg)
                        """);
        Diagnostics diags = new Diagnostics();
        new Pipeline().run(Pipeline.Options.check(root), diags);
        String file = ARTICLE + "vi.md";
        List<brief.diag.Diagnostic> photos = diags.all().stream().filter(d -> d.message().startsWith("photo")).toList();
        assertEquals(List.of(
                file + ":5:10: error: photo 'https://cdn.example.com/anh/hoi-nghi.jpg?w=800' is on another site: pages load nothing from other hosts",
                file + ":7:12: error: photo '//cdn.example.com/le-khai-mac.png' is on another site: pages load nothing from other hosts",
                file + ":11:1: error: photo '../2025-10-19-cu/lead.jpg' is not a file of the article's folder"),
                photos.stream().map(PhotosTest::line).toList());
        assertEquals(List.of(
                "download the photo, put it in content/articles/2025-10-20-photos/ and write '![…](hoi-nghi.jpg)' instead",
                "download the photo, put it in content/articles/2025-10-20-photos/ and write '::: figure le-khai-mac.png' instead",
                "put the photo in content/articles/2025-10-20-photos/ and write '![…](lead.jpg)', its file name alone"),
                photos.stream().map(brief.diag.Diagnostic::hint).toList());
    }

    @Test
    void captionsWithoutPhotoAreACaptionLineAndTheSiteShareImageServesPagesWithoutPhoto() throws Exception {
        Path root = Sites.inline(dir.resolve("plain"),
                "content/site.yaml", SITE_YAML + "share_image: content/share.png\n",
                ARTICLE + "vi.md", """
                        ---
                        title: "Không ảnh"
                        date: "2025-10-20"
                        ---
                        Đoạn một.

                        ::: caption
                        Chú thích. Ảnh: TTXVN
                        :::
                        """);
        ImageIO.write(new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB), "png", root.resolve("content/share.png").toFile());
        Path out = dir.resolve("out");
        Diagnostics diags = new Diagnostics();
        build(root, out, diags);
        Document page = Jsoup.parse(Files.readString(out.resolve("vi/bai-viet/khong-anh/index.html")));
        assertNull(page.selectFirst("main img"));
        assertEquals("Chú thích. Ảnh: TTXVN", page.selectFirst("figure.caption figcaption").text());
        String og = page.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(og.endsWith("-share.jpg") && Files.isRegularFile(out.resolve(og.substring("https://example.org/briefings/".length()))), og);
        assertEquals(og, Jsoup.parse(Files.readString(out.resolve("en/index.html"))).selectFirst("meta[property=og:image]").attr("content"));
    }

    @Test
    void thePreviewServesTheVariantsAndPicksUpAnEditedPhoto() throws Exception {
        Path root = site();
        brief.serve.IncrementalBuilder b = new brief.serve.IncrementalBuilder(root, false);
        assertTrue(b.buildAll().ok());
        String page = "vi/bai-viet/hoi-dam-co-anh/index.html";
        String before = new String(b.current().files().get(page), StandardCharsets.UTF_8);
        String oldHash = new PhotoCache(root).read(root, Path.of(ARTICLE + "lead.jpg")).hash();
        assertTrue(b.current().files().containsKey("photos/" + oldHash + "-480.jpg"), "the preview serves the variants");
        assertTrue(before.contains("photos/" + oldHash + "-480.jpg 480w"), before);

        BufferedImage replaced = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        Files.write(root.resolve(ARTICLE + "lead.jpg"), jpeg(replaced));
        String newHash = new PhotoCache(root).read(root, Path.of(ARTICLE + "lead.jpg")).hash();
        var o = b.build(java.util.Set.of(Path.of(ARTICLE + "lead.jpg")));
        assertTrue(o.ok(), o.diagnostics().toString());
        Map<String, byte[]> files = b.current().files();
        String after = new String(files.get(page), StandardCharsets.UTF_8);
        assertTrue(after.contains("photos/" + newHash + "-1600.jpg 1600w") && after.contains("width=\"1600\" height=\"800\""), after);
        assertTrue(files.containsKey("photos/" + newHash + "-1600.jpg"));
        assertFalse(files.containsKey("photos/" + oldHash + "-480.jpg"), "the old photo's variants are gone");
        Map<String, byte[]> clean = new brief.serve.IncrementalBuilder(root, false).buildAll().site().files();
        assertEquals(clean.keySet(), files.keySet());
        for (String k : clean.keySet()) assertTrue(java.util.Arrays.equals(clean.get(k), files.get(k)), k);
    }

    private static String line(Diagnostic d) {
        return d.pos().file().toString().replace('\\', '/') + ":" + d.pos().line() + ":" + d.pos().col() + ": "
                + d.severity().label() + ": " + d.message();
    }

    static byte[] jpeg(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /**
     * The JPEG with an EXIF segment after its start marker: the camera's make ("TestCam"), an orientation and a
     * GPS latitude reference, as a phone writes them.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        java.nio.ByteBuffer t = java.nio.ByteBuffer.allocate(76);
        t.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        t.putShort((short) 3);
        t.putShort((short) 0x010F).putShort((short) 2).putInt(8).putInt(50);          // Make → offset 50
        t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(58);          // GPS IFD → offset 58
        t.putInt(0);
        t.put("TestCam\0".getBytes(StandardCharsets.US_ASCII));
        t.putShort((short) 1);
        t.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef N
        t.putInt(0);
        byte[] tiff = java.util.Arrays.copyOf(t.array(), t.position());
        byte[] payload = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, payload, 0, 6);
        System.arraycopy(tiff, 0, payload, 6, tiff.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    @Test
    void theExifOrientationIsReadAndTheTestPhotoCarriesGps() throws Exception {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        byte[] bytes = withExif(jpeg(img), 6);
        assertEquals(6, PhotoCache.orientation(bytes));
        assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("Exif"), "the fixture has what must be stripped");
        assertEquals(1, PhotoCache.orientation(jpeg(img)));
    }
}
