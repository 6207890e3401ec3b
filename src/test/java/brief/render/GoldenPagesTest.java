package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.build.Pipeline;
import brief.diag.Diagnostics;
import brief.testing.Sites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every kind of page prints, pinned byte for byte: a small but rich site (written below: two languages, a
 * summit with key figures and co-chairs under a parent meeting, leaders in office, former and without a role,
 * topics, events, series, an article with a photo and a contents list, an untranslated article, an About page
 * and a draft that must not show) is built at a fixed moment, and a few files of each kind (home, article,
 * summit, briefing, leader, leaders index, topic, topics index, chronology and its filters, search, 404, the
 * site's own page, the language chooser, feeds, sitemap, robots.txt) are compared with the files committed
 * under {@code src/test/resources/golden/}, at the same path as in the built site.
 *
 * <p>The templates read views made in {@code render/}: this test is what says a change of those views (or of
 * the templates) left the pages as they were. When a change of the output is intended, write the files again
 * and review their diff in git before committing it:
 * <pre>
 * mvn -B test -Dtest=GoldenPagesTest -Dgolden.update=true
 * git diff src/test/resources/golden/
 * </pre>
 */
class GoldenPagesTest {
    /** Where the pinned files are: read from the sources, so that an update writes what git will show. */
    static final Path GOLDEN = Sites.projectRoot().resolve("src/test/resources/golden");

    /** The build's moment: the summit of 20 November 2025 is upcoming, whatever the day the test runs. */
    static final Instant MOMENT = Instant.parse("2025-11-05T00:00:00Z");

    /** A 48 × 32 PNG, two bands of the theme's colours: the article's photo (a fixed file, so a fixed hash). */
    static final String PHOTO_PNG = "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAY0lEQVR4Xu3OIRHEUBDA0HiogBNQB1VTiSexAgIW5oOdeSgo"
            + "/J73KDi1cGrh1MKphVMLpxZOLZxaOLVwauHUwqmFUwunFk4tnFo4tXBq4dTif91H2aHJDk12aLJDkx2aHDf0AVJtzX3b43T3"
            + "AAAAAElFTkSuQmCC";

    /** The files pinned: a few of each kind, in both languages where a language changes what is printed. */
    static final List<String> FILES = List.of(
            "index.html",
            "404.html",
            "robots.txt",
            "sitemap.xml",
            "vi/index.html",
            "en/index.html",
            "en/atom.xml",
            "en/articles/index.html",
            "vi/bai-viet/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky-lan-thu-13/index.html",
            "en/articles/prime-minister-pham-minh-chinh-attends-13th-asean-us-summit/index.html",
            "en/articles/thu-tuong-pham-minh-chinh-gap-tong-thong-donald-trump/index.html",
            "vi/hoi-nghi/index.html",
            "vi/hoi-nghi/asean-us-13/index.html",
            "en/summits/asean-us-13/index.html",
            "en/summits/asean-us-13/briefing/index.html",
            "en/summits/asean-us-13/atom.xml",
            "en/summits/asean-japan-pmc/index.html",
            "en/summits/amm-58/index.html",
            "vi/lanh-dao/index.html",
            "en/leaders/index.html",
            "en/leaders/donald-trump/index.html",
            "vi/lanh-dao/antony-blinken/index.html",
            "en/leaders/bui-thanh-son/index.html",
            "en/topics/index.html",
            "vi/chu-de/thuong-mai/index.html",
            "en/chronology/index.html",
            "vi/dong-thoi-gian/oldest-first/index.html",
            "en/chronology/leader/donald-trump/index.html",
            "en/chronology/series/asean-us-summit/index.html",
            "vi/dong-thoi-gian/2025/index.html",
            "en/search/index.html",
            "vi/tim-kiem/index.html",
            "en/404.html",
            "en/about/index.html");

    static final String SITE = """
            -- content/site.yaml --
            title: {vi: "Bản tin Đối ngoại", en: "Foreign Affairs Briefings"}
            description: {vi: "Bản tin song ngữ về các hội nghị cấp cao.", en: "Bilingual briefings on the summits."}
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
              topics: {vi: chu-de, en: topics}
            theme: default
            countries:
              VN: {vi: Việt Nam, en: Viet Nam}
              KR: {vi: Hàn Quốc, en: Republic of Korea}
            publisher:
              name: {vi: "Ban Biên tập Bản tin", en: "Briefings Editorial Office"}
              emblem: content/emblem.svg
              address: {vi: "Số 1 phố Ví Dụ, Hà Nội", en: "1 Example Street, Hanoi"}
              email: bantin@example.org
              phone: "+84 24 0000 0000"
              licence:
                text: {vi: "Nội dung theo CC BY 4.0", en: "Text licensed under CC BY 4.0"}
                url: https://creativecommons.org/licenses/by/4.0/
            theme_colors: {accent: "#b0132b", link: "#1f3a60"}
            -- content/emblem.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="31" fill="#1f3a60"/></svg>
            -- content/pages/about/vi.md --
            ---
            title: Giới thiệu
            ---
            Bản tin tổng hợp các bài viết về hội nghị cấp cao.
            -- content/pages/about/en.md --
            ---
            title: About these briefings
            ---
            The briefings collect reports on the summits.
            -- content/series.yaml --
            - id: asean-us-summit
              name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ", en: "ASEAN–US Summit"}
            - id: apec-leaders-week
              name: {vi: "Tuần lễ Cấp cao APEC", en: "APEC Economic Leaders' Week"}
            -- content/topics.yaml --
            - id: trade
              name: {vi: "Thương mại", en: "Trade"}
              description: {vi: "Thương mại và đầu tư.", en: "Trade and investment."}
            - id: asean-us
              name: {vi: "Quan hệ ASEAN - Hoa Kỳ", en: "ASEAN–US relations"}
            - id: asean
              name: {vi: "ASEAN", en: "ASEAN"}
            -- content/leaders.yaml --
            - id: pham-minh-chinh
              name: {vi: "Phạm Minh Chính", en: "Pham Minh Chinh"}
              aliases: {vi: [Thủ tướng Phạm Minh Chính], en: [Prime Minister Pham Minh Chinh]}
              country: VN
              roles:
                - title: {vi: "Thủ tướng Chính phủ", en: "Prime Minister"}
                  from: "2021-04-05"
              bio: {vi: "Thủ tướng Chính phủ Việt Nam.", en: "Prime Minister of Viet Nam."}
            - id: donald-trump
              name: {vi: "Donald Trump", en: "Donald Trump"}
              country: US
              roles:
                - title: {vi: "Tổng thống Hoa Kỳ", en: "President of the United States"}
                  from: "2017-01-20"
                  to: "2021-01-20"
                - title: {vi: "Tổng thống Hoa Kỳ", en: "President of the United States"}
                  from: "2025-01-20"
            - id: antony-blinken
              name: {vi: "Antony Blinken", en: "Antony Blinken"}
              country: US
              roles:
                - title: {vi: "Ngoại trưởng Hoa Kỳ", en: "US Secretary of State"}
                  from: "2021-01-26"
                  to: "2025-01-20"
            - id: bui-thanh-son
              name: {vi: "Bùi Thanh Sơn", en: "Bui Thanh Son"}
              country: VN
              roles:
                - title: {vi: "Bộ trưởng Ngoại giao", en: "Minister of Foreign Affairs"}
                  from: "2021-04-08"
                - title: {vi: "Phó Thủ tướng", en: "Deputy Prime Minister"}
                  from: "2023-01-05"
                  concurrent: true
            - id: kao-kim-hourn
              name: {vi: "Kao Kim Hourn", en: "Kao Kim Hourn"}
              country: KH
              bio: {vi: "Nhà ngoại giao Campuchia.", en: "Cambodian diplomat."}
            -- content/summits.yaml --
            - id: amm-58
              name: {vi: "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58", en: "58th ASEAN Foreign Ministers' Meeting"}
              start: "2025-07-08"
              end: "2025-07-11"
              city: Kuala Lumpur
              country: MY
              host: Malaysia
            - id: asean-japan-pmc
              parent: amm-58
              name: {vi: "Hội nghị Bộ trưởng ASEAN - Nhật Bản", en: "ASEAN–Japan Foreign Ministers' Meeting"}
              start: "2025-07-10"
              city: Kuala Lumpur
              country: MY
              co_chairs: {vi: "Việt Nam và Nhật Bản", en: "Viet Nam and Japan"}
              participants: [bui-thanh-son]
            - id: asean-us-13
              series: asean-us-summit
              ordinal: 13
              name: {vi: "Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", en: "13th ASEAN–US Summit"}
              start: "2025-10-26"
              end: "2025-10-26"
              city: Kuala Lumpur
              country: MY
              venue: {vi: "Trung tâm Hội nghị Kuala Lumpur", en: "Kuala Lumpur Convention Centre"}
              host: Malaysia
              summary: {vi: "Hội nghị thường niên giữa ASEAN và Hoa Kỳ.", en: "The yearly meeting of ASEAN and the United States."}
              participants: [pham-minh-chinh, donald-trump]
              outcomes:
                - {vi: "Tuyên bố Tầm nhìn chung", en: "Joint Vision Statement"}
                - {vi: "Hoàn tất Kế hoạch Hành động", en: "Completion of the Plan of Action"}
              figures:
                - id: asean-us-trade-2024
                  label: {vi: "Thương mại hai chiều năm 2024", en: "Two-way trade in 2024"}
                  value: 453
                  unit: USD
                  scale: billion
                  approx: more-than
                  sources:
                    - {article: 2025-10-26-asean-us-13, quote: "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch."}
                    - {article: 2025-10-26-pm-meets-trump, quote: "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch."}
                - id: asean-us-trade-share-2024
                  label: {vi: "Tỷ trọng của Hoa Kỳ năm 2024", en: "US share of trade in 2024"}
                  value: 11.8
                  unit: percent
                  sources:
                    - {article: 2025-10-26-asean-us-13, quote: "Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch."}
            - id: apec-2025
              series: apec-leaders-week
              name: {vi: "Tuần lễ Cấp cao APEC 2025", en: "APEC Economic Leaders' Week 2025"}
              start: "2025-10-29"
              end: "2025-10-31"
              city: Gyeongju
              country: KR
              participants: [donald-trump]
            - id: asean-48
              name: {vi: "Hội nghị Cấp cao ASEAN lần thứ 48", en: "48th ASEAN Summit"}
              start: "2025-11-20"
              city: {vi: "Manila", en: "Manila"}
              country: PH
              participants: [pham-minh-chinh]
            -- content/events.yaml --
            - id: peace-declaration-2025
              date: "2025-10-26"
              title: {vi: "Ký Tuyên bố hòa bình tại Kuala Lumpur", en: "Peace declaration signed in Kuala Lumpur"}
              summary: {vi: "Các bên ký tuyên bố.", en: "The parties signed a declaration."}
              summits: [asean-us-13]
              leaders: [donald-trump]
              source: {article: 2025-10-26-asean-us-13, quote: "Các bên ký Tuyên bố hòa bình tại Kuala Lumpur"}
            - id: trump-visit-2017
              date: "2017"
              title: {vi: "Tổng thống Donald Trump thăm Việt Nam", en: "President Donald Trump visits Viet Nam"}
              leaders: [donald-trump]
            - id: asean-japan-preparations
              date: "2025-06"
              title: {vi: "Chuẩn bị Hội nghị ASEAN - Nhật Bản", en: "Preparations for the ASEAN–Japan meeting"}
              leaders: [bui-thanh-son]
            -- content/articles/2025-10-26-asean-us-13/vi.md --
            ---
            title: "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13"
            date: "2025-10-26"
            updated: "2025-10-28"
            outlet: ĐNO
            source: {vi: TTXVN, en: VNA}
            byline: "Vũ Khuyên/VOV"
            summary: "Thủ tướng dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13 tại Kuala Lumpur."
            summits: [asean-us-13]
            leaders: [pham-minh-chinh, donald-trump]
            topics: [asean-us, trade]
            ---
            Chiều 26/10 tại Kuala Lumpur, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13 cùng Tổng thống Donald Trump.

            ::: figure lead.png
            Thủ tướng Phạm Minh Chính tại Hội nghị. Ảnh: TTXVN
            :::

            ## Thương mại

            Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch.

            ## Hòa bình

            Các bên ký Tuyên bố hòa bình tại Kuala Lumpur, như [Hội nghị](summit:asean-us-13) đã nêu.

            ## Hợp tác

            Thủ tướng đề nghị [Tổng thống](leader:donald-trump) tăng cường hợp tác; xem [bài trước](article:2025-07-10-asean-japan#p-1) và [sự kiện](event:peace-declaration-2025).
            -- content/articles/2025-10-26-asean-us-13/en.md --
            ---
            title: "Prime Minister Pham Minh Chinh attends 13th ASEAN–US Summit"
            summary: "The Prime Minister attended the 13th ASEAN–US Summit in Kuala Lumpur."
            ---
            On the afternoon of 26 October in Kuala Lumpur, Prime Minister Pham Minh Chinh attended the 13th ASEAN–US Summit with President Donald Trump.

            ::: figure lead.png
            Prime Minister Pham Minh Chinh at the Summit. Photo: VNA
            :::

            ## Trade

            Two-way trade in 2024 reached more than USD 453 billion, 11.8% of total trade.

            ## Peace

            The parties signed a peace declaration in Kuala Lumpur, as the [Summit](summit:asean-us-13) noted.

            ## Cooperation

            The Prime Minister asked the [President](leader:donald-trump) for closer cooperation; see [the earlier article](article:2025-07-10-asean-japan#p-1) and [the event](event:peace-declaration-2025).
            -- content/articles/2025-10-26-pm-meets-trump/vi.md --
            ---
            title: "Thủ tướng Phạm Minh Chính gặp Tổng thống Donald Trump"
            date: "2025-10-26"
            outlet: TTXVN
            summits: [asean-us-13]
            leaders: [pham-minh-chinh, donald-trump]
            topics: [trade]
            ---
            Thủ tướng Phạm Minh Chính gặp Tổng thống Donald Trump.

            Thương mại hai chiều năm 2024 đạt hơn 453 tỷ USD, chiếm 11,8% tổng kim ngạch.
            -- content/articles/2025-10-29-apec-2025/vi.md --
            ---
            title: "Tổng thống Donald Trump dự Tuần lễ Cấp cao APEC"
            date: "2025-10-29"
            outlet: TTXVN
            summits: [apec-2025]
            leaders: [donald-trump]
            topics: [trade]
            ---
            Tổng thống Donald Trump tới Gyeongju dự Tuần lễ Cấp cao APEC.
            -- content/articles/2025-10-29-apec-2025/en.md --
            ---
            title: "President Donald Trump attends APEC Economic Leaders' Week"
            ---
            President Donald Trump arrived in Gyeongju for APEC Economic Leaders' Week.
            -- content/articles/2025-07-10-asean-japan/vi.md --
            ---
            title: "Bộ trưởng Bùi Thanh Sơn dự Hội nghị Bộ trưởng ASEAN - Nhật Bản"
            date: "2025-07-10"
            outlet: TTXVN
            summits: [asean-japan-pmc]
            leaders: [bui-thanh-son]
            topics: [asean]
            ---
            Ngày 10/7, Bộ trưởng Bùi Thanh Sơn đồng chủ trì Hội nghị Bộ trưởng ASEAN - Nhật Bản.

            Hai bên nhất trí thúc đẩy hợp tác.
            -- content/articles/2025-07-10-asean-japan/en.md --
            ---
            title: "Minister Bui Thanh Son attends the ASEAN–Japan Foreign Ministers' Meeting"
            ---
            On 10 July, Minister Bui Thanh Son co-chaired the ASEAN–Japan Foreign Ministers' Meeting.

            The two sides agreed to promote cooperation.
            -- content/articles/2021-08-04-asean-us-fmm/vi.md --
            ---
            title: "Ngoại trưởng Antony Blinken dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Hoa Kỳ"
            date: "2021-08-04"
            outlet: TTXVN
            leaders: [antony-blinken, bui-thanh-son]
            topics: [asean-us]
            ---
            Ngoại trưởng Antony Blinken và Bộ trưởng Bùi Thanh Sơn dự Hội nghị trực tuyến.
            -- content/articles/2021-08-04-asean-us-fmm/en.md --
            ---
            title: "Secretary of State Antony Blinken attends the ASEAN–US Foreign Ministers' Meeting"
            ---
            Secretary of State Antony Blinken and Minister Bui Thanh Son attended the online meeting.
            -- content/articles/2025-10-30-draft-note/vi.md --
            ---
            title: "Ghi chú Zorblatt chưa công bố"
            date: "2025-10-30"
            outlet: TTXVN
            summits: [asean-us-13]
            leaders: [donald-trump]
            topics: [trade]
            draft: true
            ---
            Bản nháp Zorblatt chưa được công bố.
            """;

    @Test
    void everyKindOfPageIsPrintedAsPinned(@TempDir Path dir) throws IOException {
        Sites.Site site = Sites.site(dir, SITE);
        Files.write(site.file("content/articles/2025-10-26-asean-us-13/lead.png"), Base64.getDecoder().decode(PHOTO_PNG));
        site.stamp("en", "2025-10-26-asean-us-13", "2025-10-29-apec-2025", "2025-07-10-asean-japan", "2021-08-04-asean-us-fmm");
        Diagnostics diags = Diagnostics.forSource(site.root());
        Pipeline.Result r = new Pipeline().run(Pipeline.Options.build(site.root()).writingTo(site.out())
                .at(Clock.fixed(MOMENT, ZoneOffset.UTC)), diags);
        assertTrue(r.ok(), () -> "the golden site builds: " + diags.all());
        // The draft is left out: a golden file that showed it would pin a leak.
        assertTrue(Sites.hashes(site.out()).keySet().stream().noneMatch(p -> p.contains("zorblatt")));

        if (Boolean.getBoolean("golden.update")) {
            update(site.out());
            return;
        }
        List<String> differences = new ArrayList<>();
        for (String rel : FILES) {
            Path golden = GOLDEN.resolve(rel);
            Path built = site.out().resolve(rel);
            if (!Files.isRegularFile(built)) differences.add(rel + ": the site has no such file");
            else if (!Files.isRegularFile(golden)) differences.add(rel + ": no golden file (run with -Dgolden.update=true)");
            else firstDifference(Sites.read(golden), Sites.read(built)).ifPresent(d -> differences.add(rel + ":" + d));
        }
        assertEquals(List.of(), differences, "built pages that differ from src/test/resources/golden/ (if the change "
                + "is intended: mvn -B test -Dtest=GoldenPagesTest -Dgolden.update=true, then review git diff)");
        assertEquals(FILES.stream().sorted().toList(), goldenFiles(), "every golden file is one this test compares");
    }

    /** The first line where {@code actual} differs from {@code expected}: its number and both versions. */
    static java.util.Optional<String> firstDifference(String expected, String actual) {
        if (expected.equals(actual)) return java.util.Optional.empty();
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        return java.util.Optional.of(i + 1 + ": first difference\n  expected: " + (i < e.length ? e[i] : "(end of file)")
                + "\n  actual:   " + (i < a.length ? a[i] : "(end of file)"));
    }

    /** Writes the pinned files again from this build, and removes golden files no longer pinned. */
    private static void update(Path out) throws IOException {
        for (String rel : goldenFiles()) {
            if (!FILES.contains(rel)) Files.delete(GOLDEN.resolve(rel));
        }
        for (String rel : FILES) {
            Path target = GOLDEN.resolve(rel);
            Files.createDirectories(target.getParent());
            Files.copy(out.resolve(rel), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> goldenFiles() {
        if (!Files.isDirectory(GOLDEN)) return List.of();
        try (Stream<Path> s = Files.walk(GOLDEN)) {
            return s.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aDifferenceIsShownAtItsFirstLine() {
        assertEquals(java.util.Optional.of("2: first difference\n  expected: b\n  actual:   B"),
                firstDifference("a\nb\nc\n", "a\nB\nc\n"));
        assertEquals(java.util.Optional.of("3: first difference\n  expected: c\n  actual:   (end of file)"),
                firstDifference("a\nb\nc", "a\nb"));
        assertEquals(java.util.Optional.empty(), firstDifference("a\n", "a\n"));
    }
}
