package brief.photo;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Reads photos and makes their variants, keeping both in a cache keyed by the photo's content hash
 * ({@code .brief-cache/photos/v1/} under the source folder): what a photo measures (so that an unchanged photo
 * is not decoded at load) and every JPEG made from it (so that a rebuild encodes nothing unchanged). A variant
 * is encoded from pixels with a fixed quality and no metadata at all: EXIF (GPS, camera, dates), XMP, IPTC and
 * ICC profiles of the original are never copied, and the same photo always gives the same bytes.
 */
public final class PhotoCache {
    /** Bump when the processing changes, so that old variants are not reused. */
    static final String VERSION = "v1";
    /** Fixed, so that output is deterministic; 0.82 is where photos of people stop showing blocks. */
    static final float QUALITY = 0.82f;

    private final Path dir;

    /** A cache for the site whose source folder is {@code root}. */
    public PhotoCache(Path root) {
        this.dir = root.resolve(".brief-cache").resolve("photos").resolve(VERSION);
    }

    /** Where the cache lives, for messages and tests. */
    public Path dir() {
        return dir;
    }

    /**
     * Reads a photo ({@code rel} relative to {@code root}): its hash, and its size and orientation from the cache
     * or by decoding it. A file that is not a readable image gives a photo with a {@code problem}.
     */
    public Photo read(Path root, Path rel) {
        String name = rel.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(root.resolve(rel));
        } catch (IOException e) {
            return new Photo(name, rel, "", 0, 0, 1, Optional.of("cannot read the file: " + e.getMessage()));
        }
        String hash = brief.source.Hashes.sha256(bytes).substring(0, 20);
        Path size = dir.resolve(hash + ".size");
        try {
            if (Files.isRegularFile(size)) {
                String[] f = Files.readString(size, StandardCharsets.US_ASCII).strip().split(" ");
                return new Photo(name, rel, hash, Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Optional.empty());
            }
        } catch (IOException | RuntimeException e) {
            // A damaged cache entry: measure the photo again.
        }
        try {
            Decoded d = decode(bytes);
            BufferedImage img = d.image();
            boolean swap = d.orientation() >= 5 && d.orientation() <= 8;
            Photo p = new Photo(name, rel, hash, swap ? img.getHeight() : img.getWidth(),
                    swap ? img.getWidth() : img.getHeight(), d.orientation(), Optional.empty());
            writeAtomically(size, (p.width() + " " + p.height() + " " + p.orientation() + "\n").getBytes(StandardCharsets.US_ASCII));
            return p;
        } catch (Unreadable e) {
            return new Photo(name, rel, hash, 0, 0, 1, Optional.of(e.getMessage()));
        } catch (IOException e) {
            return new Photo(name, rel, hash, 0, 0, 1, Optional.of("the file is damaged or not an image (" + e.getMessage() + ")"));
        }
    }

    /**
     * The variants of a photo read by {@link #read} (by output path), from the cache or made now and cached.
     * The photo is decoded only when one of them is missing from the cache.
     */
    public Map<String, byte[]> files(Path root, Photo photo) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<Photo.Variant> all = new java.util.ArrayList<>(photo.variants());
        all.add(photo.share());
        BufferedImage oriented = null;
        try {
            for (Photo.Variant v : all) {
                Path cached = dir.resolve(v.path().substring(Photo.DIR.length()));
                if (Files.isRegularFile(cached)) {
                    out.put(v.path(), Files.readAllBytes(cached));
                    continue;
                }
                if (oriented == null) {
                    Decoded d = decode(Files.readAllBytes(root.resolve(photo.file())));
                    oriented = Pixels.orient(Pixels.rgb(d.image()), d.orientation());
                }
                BufferedImage img = v == all.get(all.size() - 1)
                        ? Pixels.cover(oriented, v.width(), v.height())
                        : Pixels.resize(oriented, v.width(), v.height());
                byte[] jpeg = encode(img);
                writeAtomically(cached, jpeg);
                out.put(v.path(), jpeg);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(root.resolve(photo.file()).toString(), e);
        }
        return out;
    }

    private record Decoded(BufferedImage image, int orientation) {}

    /** Why a file cannot be used, in words for the press office. */
    private static final class Unreadable extends IOException {
        Unreadable(String message) {
            super(message);
        }
    }

    private static Decoded decode(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Unreadable("not an image format brief reads (JPEG, PNG, GIF, BMP, TIFF)");
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
            List<String> warnings = new java.util.ArrayList<>();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((r, w) -> warnings.add(w));
                BufferedImage img = reader.read(0);
                if (!warnings.isEmpty()) throw new Unreadable("the image is damaged (" + warnings.get(0) + ")");
                int orientation = format.contains("jp") ? orientation(bytes) : 1;
                return new Decoded(img, orientation);
            } catch (IOException | RuntimeException e) {
                if (e instanceof Unreadable u) throw u;
                throw new Unreadable("the image is damaged or truncated (" + format + ": " + e.getMessage() + ")");
            } finally {
                reader.dispose();
            }
        }
    }

    /** The EXIF orientation tag of a JPEG (1 to 8), 1 when it has none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            for (JPEGSegment s : JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif")) {
                byte[] data = s.data().readAllBytes();
                int start = data.length > 0 && data[0] == 0 ? 1 : 0; // the pad byte after "Exif\0"
                try (ImageInputStream tiff = new MemoryCacheImageInputStream(
                        new ByteArrayInputStream(data, start, data.length - start))) {
                    Directory ifd = new TIFFReader().read(tiff);
                    Entry e = ifd.getEntryById(TIFF.TAG_ORIENTATION);
                    if (e != null && e.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
                        return n.intValue();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // No usable EXIF: show the pixels as stored.
        }
        return 1;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Pixel operations: plain RGB on white, orientation, resizing, the share crop. */
    static final class Pixels {
        private Pixels() {}

        /** The image as opaque RGB, transparent parts on white (a JPEG has no alpha). */
        static BufferedImage rgb(BufferedImage src) {
            BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, src.getWidth(), src.getHeight());
            g.drawImage(src, 0, 0, null);
            g.dispose();
            return out;
        }

        /** The pixels as the EXIF orientation says they are to be shown (1 to 8). */
        static BufferedImage orient(BufferedImage src, int orientation) {
            if (orientation <= 1 || orientation > 8) return src;
            int w = src.getWidth();
            int h = src.getHeight();
            boolean swap = orientation >= 5;
            BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = src.getRGB(x, y);
                    switch (orientation) {
                        case 2 -> out.setRGB(w - 1 - x, y, rgb);
                        case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                        case 4 -> out.setRGB(x, h - 1 - y, rgb);
                        case 5 -> out.setRGB(y, x, rgb);
                        case 6 -> out.setRGB(h - 1 - y, x, rgb);
                        case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
                        default -> out.setRGB(y, w - 1 - x, rgb); // 8
                    }
                }
            }
            return out;
        }

        /**
         * Scaled to {@code w}×{@code h}: halved with bilinear steps while more than twice as large (one bicubic
         * step from a large photo skips pixels and shimmers), then one bicubic step.
         */
        static BufferedImage resize(BufferedImage src, int w, int h) {
            BufferedImage cur = src;
            while (cur.getWidth() / 2 >= w && cur.getHeight() / 2 >= h) {
                cur = draw(cur, cur.getWidth() / 2, cur.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            }
            if (cur.getWidth() == w && cur.getHeight() == h) return cur == src ? draw(src, w, h, RenderingHints.VALUE_INTERPOLATION_BICUBIC) : cur;
            return draw(cur, w, h, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        }

        /** Scaled to cover {@code w}×{@code h}, then the centre cut out. */
        static BufferedImage cover(BufferedImage src, int w, int h) {
            double scale = Math.max((double) w / src.getWidth(), (double) h / src.getHeight());
            int sw = Math.max(w, (int) Math.ceil(src.getWidth() * scale));
            int sh = Math.max(h, (int) Math.ceil(src.getHeight() * scale));
            BufferedImage scaled = resize(src, sw, sh);
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.drawImage(scaled, -(sw - w) / 2, -(sh - h) / 2, null);
            g.dispose();
            return out;
        }

        private static BufferedImage draw(BufferedImage src, int w, int h, Object interpolation) {
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, h, null);
            g.dispose();
            return out;
        }
    }
}
