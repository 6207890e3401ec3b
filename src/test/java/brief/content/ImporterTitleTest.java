package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The title and id the importer proposes for a text without a headline: short, whole phrases, never cut with "…". */
class ImporterTitleTest {
    @Test
    void whoAttendedWhichMeetingWhenTheParagraphNamesBoth() throws Exception {
        Importer.Result r = ImporterTest.seed("000");
        assertEquals("Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13", r.title());
        assertEquals("2025-10-26-asean-hoa-ky-13", r.proposedId());
    }

    @Test
    void aVenueIsNotTheMeeting() {
        assertEquals("Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13",
                Importer.meeting("Tại Trung tâm Hội nghị Kuala Lumpur, lãnh đạo dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13."));
        assertEquals(null, Importer.meeting("Tại Trung tâm Hội nghị Quốc gia, hai bên gặp nhau."));
    }

    @Test
    void withoutAMeetingTheMainClauseEndsOnAWholePhrase() throws Exception {
        Importer.Result r = ImporterTest.seed("001");
        assertEquals("Thủ tướng Phạm Minh Chính trân trọng chuyển lời mời Tổng thống Donald Trump thăm Việt Nam", r.title());
        assertTrue(!r.title().contains("…"));
        assertEquals("2025-10-26-thu-tuong-pham-minh-chinh-tran", r.proposedId());
    }

    @Test
    void theHeadlineIsKeptAndTheIdComesFromTheMeetingInTheText() throws Exception {
        Importer.Result r = new Importer().importText("Việt Nam và ASEAN\n\nSáng 11/10, Thủ tướng dự Hội nghị Cấp cao"
                + " ASEAN-Hoa Kỳ lần thứ 12.\n", Optional.of(brief.i18n.FlexDate.parse("2024-10-11").orElseThrow()));
        assertEquals("Việt Nam và ASEAN", r.title());
        assertEquals("2024-10-11-asean-hoa-ky-12", r.proposedId());
    }
}
