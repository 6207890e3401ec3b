package brief.bench;

import java.util.List;

/**
 * The raw material of synthetic articles: Vietnamese sentences with their English translations. Each pair
 * states the same numbers, so the facts check finds the two languages in agreement. Placeholders: {A} and
 * {B} leaders, {aid}/{bid}/{sid} link targets for them and the summit, {S} a summit, {C} a city, {n} 10–999,
 * {m} 2–99, {y} a year, {p} a percentage with one decimal.
 */
final class Phrases {
    private Phrases() {}

    /** A Vietnamese text and its English translation. */
    record Pair(String vi, String en) {}

    static final List<Pair> SENTENCES = List.of(
            new Pair("Phát biểu tại phiên họp, {A} nhấn mạnh tầm quan trọng của đối thoại, hợp tác và tôn trọng luật pháp quốc tế trong bối cảnh khu vực có nhiều biến động.",
                    "Speaking at the session, {A} stressed the importance of dialogue, cooperation and respect for international law at a time of change in the region."),
            new Pair("Hai bên nhất trí thúc đẩy thương mại song phương, phấn đấu đạt mục tiêu {n} tỷ USD vào năm {y}.",
                    "The two sides agreed to promote bilateral trade, aiming for {n} billion USD by {y}."),
            new Pair("Theo số liệu được công bố tại hội nghị, kim ngạch xuất khẩu của khu vực đã tăng {p}% so với cùng kỳ năm trước.",
                    "According to figures released at the meeting, the region's exports grew by {p}% year on year."),
            new Pair("{B} đánh giá cao những đóng góp tích cực của Việt Nam đối với hòa bình, ổn định và phát triển ở khu vực.",
                    "{B} highly appreciated Viet Nam's positive contributions to peace, stability and development in the region."),
            new Pair("Các nhà lãnh đạo cam kết tăng cường hợp tác trong các lĩnh vực chuyển đổi số, năng lượng sạch và ứng phó với biến đổi khí hậu.",
                    "The leaders pledged to strengthen cooperation in digital transformation, clean energy and the response to climate change."),
            new Pair("Hội nghị đã thông qua {m} văn kiện quan trọng, trong đó có tuyên bố chung về an ninh lương thực.",
                    "The meeting adopted {m} important documents, including a joint statement on food security."),
            new Pair("Tại {C}, {A} đã có các cuộc tiếp xúc song phương với lãnh đạo nhiều nước đối tác.",
                    "In {C}, {A} held bilateral meetings with the leaders of several partner countries."),
            new Pair("Vốn đầu tư trực tiếp nước ngoài vào khu vực năm {y} đạt khoảng {n} tỷ USD, chiếm {p}% tổng vốn đầu tư toàn cầu.",
                    "Foreign direct investment in the region in {y} reached about {n} billion USD, or {p}% of global investment."),
            new Pair("Hai bên khẳng định sẽ tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương, nhất là Liên hợp quốc và các cơ chế do ASEAN dẫn dắt.",
                    "Both sides affirmed that they would keep working closely together at multilateral forums, notably the United Nations and the ASEAN-led mechanisms."),
            new Pair("{A} đề nghị các nước đối tác mở cửa thị trường hơn nữa cho hàng nông sản, thủy sản và sản phẩm công nghiệp chế biến.",
                    "{A} asked partner countries to open their markets further to farm produce, seafood and processed industrial goods."),
            new Pair("Chương trình hợp tác giai đoạn mới dự kiến triển khai {m} dự án với tổng kinh phí {n} triệu USD.",
                    "The new phase of the cooperation programme is expected to carry out {m} projects with a total budget of {n} million USD."),
            new Pair("Các đại biểu cho rằng kết nối hạ tầng, logistics và chuỗi cung ứng là những ưu tiên hàng đầu của khu vực trong thời gian tới.",
                    "Delegates said that infrastructure connectivity, logistics and supply chains would be the region's top priorities in the coming period."),
            new Pair("{B} khẳng định sẵn sàng chia sẻ kinh nghiệm và hỗ trợ nguồn lực để thực hiện các sáng kiến chung.",
                    "{B} said they stood ready to share experience and provide resources to implement the joint initiatives."),
            new Pair("Số lượng khách du lịch giữa hai nước năm {y} đạt {n} nghìn lượt, tăng {p}% so với năm trước đó.",
                    "Tourist arrivals between the two countries in {y} reached {n} thousand, up {p}% on the year before."),
            new Pair("Hội nghị cũng trao đổi về tình hình Biển Đông, nhấn mạnh việc giải quyết tranh chấp bằng biện pháp hòa bình trên cơ sở luật pháp quốc tế.",
                    "The meeting also discussed the situation in the East Sea, stressing the peaceful settlement of disputes on the basis of international law."),
            new Pair("Nhân dịp này, {A} đã chứng kiến lễ ký kết {m} thỏa thuận hợp tác giữa các doanh nghiệp hai nước.",
                    "On this occasion, {A} witnessed the signing of {m} cooperation agreements between businesses of the two countries."),
            new Pair("Các bên nhất trí giao các bộ, ngành liên quan xây dựng kế hoạch hành động cụ thể và báo cáo kết quả tại phiên họp tiếp theo.",
                    "The parties agreed to task the relevant ministries with drawing up a concrete plan of action and reporting on it at the next session."),
            new Pair("Tỷ lệ thực hiện các biện pháp trong kế hoạch hành động đã đạt {p}%, cao hơn mục tiêu đề ra.",
                    "The rate of implementation of the plan of action's measures reached {p}%, above the target that had been set."),
            new Pair("Trong khuôn khổ {S}, các nhà lãnh đạo đã dự phiên đối thoại với đại diện cộng đồng doanh nghiệp.",
                    "On the sidelines of the {S}, the leaders attended a dialogue with representatives of the business community."),
            new Pair("{B} bày tỏ mong muốn tăng cường trao đổi đoàn các cấp, nhất là cấp cao, trong năm {y}.",
                    "{B} expressed the wish to step up exchanges of delegations at all levels, especially at the highest level, in {y}."),
            new Pair("Hai bên nhất trí thúc đẩy giao lưu nhân dân, hợp tác giáo dục, đào tạo và khoa học công nghệ.",
                    "The two sides agreed to promote people-to-people exchanges and cooperation in education, training, science and technology."),
            new Pair("Dự kiến có khoảng {n} đại biểu từ {m} quốc gia và tổ chức quốc tế tham dự các hoạt động trong khuôn khổ hội nghị.",
                    "About {n} delegates from {m} countries and international organisations are expected to attend the events of the meeting."),
            new Pair("Kết thúc hội nghị, các nhà lãnh đạo ra tuyên bố chung, khẳng định quyết tâm xây dựng một khu vực hòa bình, hợp tác và thịnh vượng.",
                    "At the end of the meeting the leaders issued a joint statement affirming their resolve to build a region of peace, cooperation and prosperity."),
            new Pair("Theo {A}, hợp tác kinh tế tiếp tục là động lực quan trọng, đóng góp khoảng {p}% vào tăng trưởng của khu vực.",
                    "According to {A}, economic cooperation remains an important driver, contributing about {p}% of the region's growth."));

    /** The sentence that a summit's key figure quotes: it must stay a sentence of its own. */
    static final Pair FIGURE = new Pair(
            "Thương mại hai chiều năm {y} đạt hơn {n} tỷ USD, chiếm {p}% tổng kim ngạch thương mại của khu vực.",
            "Two-way trade in {y} reached more than {n} billion USD, accounting for {p}% of the region's total trade.");

    static final List<Pair> LEADS = List.of(
            new Pair("{C} - Chiều nay tại {C}, [{A}]({aid}) cùng lãnh đạo các nước đã dự [{S}]({sid}), với sự tham dự của [{B}]({bid}).",
                    "{C} - This afternoon in {C}, [{A}]({aid}) joined the leaders of other countries at the [{S}]({sid}), attended by [{B}]({bid})."),
            new Pair("{C} - Sáng nay, [{A}]({aid}) đã hội đàm với [{B}]({bid}) bên lề [{S}]({sid}) diễn ra tại {C}.",
                    "{C} - This morning, [{A}]({aid}) held talks with [{B}]({bid}) on the sidelines of the [{S}]({sid}) in {C}."),
            new Pair("{C} - Tiếp tục chương trình công tác tại {C}, [{A}]({aid}) đã phát biểu tại phiên toàn thể của [{S}]({sid}) và gặp [{B}]({bid}).",
                    "{C} - Continuing the working visit to {C}, [{A}]({aid}) addressed the plenary session of the [{S}]({sid}) and met [{B}]({bid})."));

    static final List<Pair> TITLES = List.of(
            new Pair("{A} dự {S}", "{A} attends the {S}"),
            new Pair("{A} hội đàm với {B} bên lề {S}", "{A} holds talks with {B} on the sidelines of the {S}"),
            new Pair("{A} phát biểu tại {S}", "{A} addresses the {S}"),
            new Pair("{A} và {B} thúc đẩy hợp tác tại {S}", "{A} and {B} promote cooperation at the {S}"));

    static final List<Pair> CAPTIONS = List.of(
            new Pair("{A} và {B} tại {S}. Ảnh: TTXVN", "{A} and {B} at the {S}. Photo: VNA"),
            new Pair("Toàn cảnh phiên họp tại {C}. Ảnh: TTXVN phát", "The session in {C}. Photo: VNA"),
            new Pair("{A} phát biểu tại phiên khai mạc. Ảnh: Thống Nhất/TTXVN", "{A} speaks at the opening session. Photo: Thong Nhat/VNA"));

    static final List<Pair> HEADINGS = List.of(
            new Pair("Thúc đẩy hợp tác kinh tế", "Promoting economic cooperation"),
            new Pair("Kết nối hạ tầng và chuỗi cung ứng", "Infrastructure and supply chains"),
            new Pair("Hòa bình và ổn định khu vực", "Regional peace and stability"),
            new Pair("Chuyển đổi số và năng lượng sạch", "Digital transformation and clean energy"),
            new Pair("Giao lưu nhân dân", "People-to-people exchanges"),
            new Pair("Kết quả hội nghị", "Outcomes of the meeting"),
            new Pair("Những ưu tiên thời gian tới", "Priorities ahead"));

    static final List<Pair> LIST_ITEMS = List.of(
            new Pair("Kim ngạch xuất khẩu tăng {p}%", "Exports up {p}%"),
            new Pair("{m} dự án hợp tác mới", "{m} new cooperation projects"),
            new Pair("Vốn cam kết {n} triệu USD", "{n} million USD pledged"),
            new Pair("Đào tạo {n} cán bộ, chuyên gia", "{n} officials and experts trained"),
            new Pair("Mở thêm {m} đường bay thẳng", "{m} new direct flights"),
            new Pair("Tăng trưởng du lịch {p}%", "Tourism growth of {p}%"));

    static final List<Pair> SERIES = List.of(
            new Pair("Hội nghị Cấp cao ASEAN", "ASEAN Summit"),
            new Pair("Hội nghị Cấp cao ASEAN - Hoa Kỳ", "ASEAN–US Summit"),
            new Pair("Tuần lễ Cấp cao APEC", "APEC Economic Leaders' Week"),
            new Pair("Hội nghị Bộ trưởng Ngoại giao ASEAN", "ASEAN Foreign Ministers' Meeting"),
            new Pair("Hội nghị Cấp cao Mê Công - Nhật Bản", "Mekong–Japan Summit"),
            new Pair("Hội nghị Cấp cao ASEAN+3", "ASEAN+3 Summit"),
            new Pair("Hội nghị Cấp cao Đông Á", "East Asia Summit"),
            new Pair("Hội nghị Thượng đỉnh G20", "G20 Summit"));

    /** A city in each language, and its country's ISO code. */
    record City(String vi, String en, String country) {}

    static final List<City> CITIES = List.of(
            new City("Hà Nội", "Ha Noi", "VN"), new City("Đà Nẵng", "Da Nang", "VN"),
            new City("Kuala Lumpur", "Kuala Lumpur", "MY"), new City("Gia-các-ta", "Jakarta", "ID"),
            new City("Manila", "Manila", "PH"), new City("Băng Cốc", "Bangkok", "TH"),
            new City("Xin-ga-po", "Singapore", "SG"), new City("Viêng Chăn", "Vientiane", "LA"),
            new City("Phnôm Pênh", "Phnom Penh", "KH"), new City("Tô-ky-ô", "Tokyo", "JP"),
            new City("Xơ-un", "Seoul", "KR"), new City("Bắc Kinh", "Beijing", "CN"),
            new City("Oa-sinh-tơn", "Washington", "US"), new City("Can-bê-ra", "Canberra", "AU"),
            new City("Niu Đê-li", "New Delhi", "IN"));

    static final List<Pair> ROLES = List.of(
            new Pair("Thủ tướng Chính phủ", "Prime Minister"),
            new Pair("Bộ trưởng Bộ Ngoại giao", "Minister of Foreign Affairs"),
            new Pair("Phó Thủ tướng", "Deputy Prime Minister"),
            new Pair("Chủ tịch nước", "State President"),
            new Pair("Bộ trưởng Bộ Công Thương", "Minister of Industry and Trade"),
            new Pair("Thứ trưởng Bộ Ngoại giao", "Deputy Minister of Foreign Affairs"));

    static final List<Pair> OUTCOMES = List.of(
            new Pair("Tuyên bố chung về hợp tác kinh tế số", "Joint Statement on Digital Economy Cooperation"),
            new Pair("Kế hoạch hành động giai đoạn tới", "Plan of Action for the next period"),
            new Pair("Tuyên bố về an ninh lương thực", "Statement on Food Security"),
            new Pair("Sáng kiến kết nối hạ tầng khu vực", "Regional Infrastructure Connectivity Initiative"),
            new Pair("Tuyên bố về ứng phó biến đổi khí hậu", "Statement on Responding to Climate Change"));

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Đức", "Quốc", "Thanh", "Hữu", "Xuân", "Công", "Hồng");
    static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hùng", "Khánh",
            "Lâm", "Long", "Mai", "Nam", "Ngọc", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Thảo", "Trung", "Tuấn",
            "Việt", "Vinh", "Yến", "Hiếu", "Lực", "Đông");
    static final List<String> OUTLETS = List.of("TTXVN", "VOV", "Báo Nhân Dân", "Báo Thế giới và Việt Nam", "VnExpress");
    static final List<String> TOPICS = List.of("trade", "security", "diplomacy", "climate", "digital", "investment", "culture");
    /** The archive shape's 24 topics (more are numbered). */
    static final List<String> ARCHIVE_TOPICS = List.of("trade", "security", "diplomacy", "climate", "digital",
            "investment", "culture", "energy", "education", "health", "agriculture", "tourism", "transport",
            "maritime", "labour", "finance", "science", "defence", "environment", "migration", "food-security",
            "infrastructure", "sport", "media");
}
