import Foundation
import Testing
@testable import DossierCore

/// Layouts the importer was once refused or misread on (from the unseen-layout report),
/// written here by hand in the shapes real sites print, and checked exactly: experts with
/// their credentials, sections, and every quote's speaker, section and paragraphs.
@Suite struct UnseenLayoutTests {
    func parse(_ text: String, fileName: String = "unseen.txt") throws -> Article {
        try ArticleImporter().parse(data: Data(text.utf8), fileName: fileName)
    }

    func quotes(_ article: Article) -> [String] {
        article.quotes.map { "\(article.expert(id: $0.expertID)?.name ?? "?") | \($0.section ?? "-") | \($0.paragraphs.joined(separator: " ¶ "))" }
    }

    @Test func nameLineCredentialsLineAnswerJoinedBySingleNewlinesUnderAJSONBlob() throws {
        let text = """
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Will the Caucasus corridor open?"}
        Will the Caucasus corridor open?
        Armenia and Azerbaijan are close to a deal on the Zangezur route, but Moscow and Tehran are wary.
        We asked three experts what comes next.
        Tigran Hakobyan
        Senior analyst at the Yerevan Policy Institute
        The corridor will open only if Russia agrees to step back from the border guards.
        Armenia cannot afford another war, and the government knows it.
        Leyla Aliyeva
        Professor of international relations, Baku State University
        Baku wants the route and it will get it, with Turkey's help.
        Iran's objections are louder than they are real.
        Tigran Hakobyan
        The question is who guards it.
        """
        let article = try parse(text)
        #expect(article.title == "Will the Caucasus corridor open?")
        #expect(article.experts.map(\.name) == ["Tigran Hakobyan", "Leyla Aliyeva"])
        #expect(article.experts.map(\.credentials) == ["Senior analyst at the Yerevan Policy Institute", "Professor of international relations, Baku State University"])
        #expect(article.sections.map(\.heading) == [])
        #expect(quotes(article) == [
            "Tigran Hakobyan | - | The corridor will open only if Russia agrees to step back from the border guards. ¶ Armenia cannot afford another war, and the government knows it.",
            "Leyla Aliyeva | - | Baku wants the route and it will get it, with Turkey's help. ¶ Iran's objections are louder than they are real.",
            "Tigran Hakobyan | - | The question is who guards it.",
        ])
    }

    @Test func inlineHonorificHeadersAfterAnEditorialColonLeadIn() throws {
        let text = """
        Experts on the Moldovan election

        Moldova votes on Sunday in an election that Brussels and Moscow both watch closely.

        We asked analysts what to expect. Here is what they told us:

        Dr. Ana Popescu, Senior Fellow at the Chisinau Institute for Policy Studies: “The pro-European camp will win, but Russia's money will buy it a hard year in Gagauzia.”

        Prof. Mark Ellison, Director of the Eastern Europe Programme at Kingsbridge University: “Romania is the decisive partner here. Without Bucharest, Chisinau has no bridge to the EU.”

        Amb. Claire Dubois, former French ambassador to Ukraine: “The war next door shapes everything. Voters fear Moldova could be next.”

        Share this article
        """
        let article = try parse(text)
        #expect(article.title == "Experts on the Moldovan election")
        #expect(article.experts.map(\.name) == ["Ana Popescu", "Mark Ellison", "Claire Dubois"])
        #expect(article.experts.map(\.credentials) == ["Senior Fellow at the Chisinau Institute for Policy Studies", "Director of the Eastern Europe Programme at Kingsbridge University", "former French ambassador to Ukraine"])
        #expect(article.sections.map(\.heading) == [])
        #expect(quotes(article) == [
            "Ana Popescu | - | The pro-European camp will win, but Russia's money will buy it a hard year in Gagauzia.",
            "Mark Ellison | - | Romania is the decisive partner here. Without Bucharest, Chisinau has no bridge to the EU.",
            "Claire Dubois | - | The war next door shapes everything. Voters fear Moldova could be next.",
        ])
    }

    @Test func expertsIntroducedInProseWithAttributionTails() throws {
        let text = """
        Georgia's protests enter their third month

        Protesters in Tbilisi are back on Rustaveli Avenue, and the government shows no sign of yielding.

        The ruling party has misjudged the mood, political analyst Giorgi Beridze told the outlet.

        “People are not afraid anymore. They have seen what happened in Ukraine and in Belarus, and they know what is at stake,” he said.

        “The EU path is in the constitution. No party can take it away quietly,” Beridze added.

        Nino Kapanadze, a researcher at the Caucasus Institute in Tbilisi, was more cautious.

        “Russia does not need tanks here. It has the economy, the church and television,” she said.

        “The opposition still has no leader,” Kapanadze noted.

        Read more: Georgia's president refuses to leave office
        """
        let article = try parse(text)
        #expect(article.title == "Georgia's protests enter their third month")
        #expect(article.experts.map(\.name) == ["Giorgi Beridze", "Nino Kapanadze"])
        #expect(article.experts.map(\.credentials) == ["political analyst", "a researcher at the Caucasus Institute in Tbilisi"])
        #expect(article.sections.map(\.heading) == [])
        #expect(quotes(article) == [
            "Giorgi Beridze | - | People are not afraid anymore. They have seen what happened in Ukraine and in Belarus, and they know what is at stake",
            "Giorgi Beridze | - | The EU path is in the constitution. No party can take it away quietly",
            "Nino Kapanadze | - | Russia does not need tanks here. It has the economy, the church and television",
            "Nino Kapanadze | - | The opposition still has no leader",
        ])
    }

    @Test func oneExpertDashInterview() throws {
        let text = """
        "Turkey will not choose between Russia and the West": an interview

        We spoke to Selim Demir, a senior fellow at the Istanbul Centre for Foreign Policy, about Ankara's balancing act.

        - Why does Turkey keep buying Russian gas?
        - Because it is cheap and because Erdogan likes having options. Ankara has never believed it must choose one camp.
        - Will Turkey join the sanctions?
        - No. Turkey sees itself as a broker. It wants the grain deal, the prisoner swaps and the trade.
        - What about Sweden's NATO bid?
        - That is settled. The next fight is about F-16s and Greece.
        """
        let article = try parse(text)
        #expect(article.title == "\"Turkey will not choose between Russia and the West\": an interview")
        #expect(article.experts.map(\.name) == ["Selim Demir"])
        #expect(article.experts.map(\.credentials) == ["a senior fellow at the Istanbul Centre for Foreign Policy"])
        #expect(article.sections.map(\.heading) == ["Why does Turkey keep buying Russian gas?", "Will Turkey join the sanctions?", "What about Sweden's NATO bid?"])
        #expect(quotes(article) == [
            "Selim Demir | Why does Turkey keep buying Russian gas? | Because it is cheap and because Erdogan likes having options. Ankara has never believed it must choose one camp.",
            "Selim Demir | Will Turkey join the sanctions? | No. Turkey sees itself as a broker. It wants the grain deal, the prisoner swaps and the trade.",
            "Selim Demir | What about Sweden's NATO bid? | That is settled. The next fight is about F-16s and Greece.",
        ])
    }

    @Test func russianHeadersWithAnOutletNoteAndAPopularList() throws {
        let text = """
        Главное
        Политика
        В мире

        Эксперты: что ждет Армению после выборов

        12:30 05.06.2026

        Выборы в Армении прошли спокойно, но эксперты по-разному оценивают их последствия для отношений с Россией и Азербайджаном.

        Sputnik опросил политологов о том, чего ждать дальше.

        Александр Карапетян, политолог, директор Центра кавказских исследований, — для Sputnik:

        «Ереван будет балансировать между Москвой и Брюсселем. Никаких резких шагов до конца года не будет.
        Главный вопрос — мирный договор с Баку. Без него любые обещания Запада ничего не стоят».

        Ольга Миронова, ведущий научный сотрудник Института Европы РАН, — для Sputnik:

        «Россия не уйдет из региона. У Москвы остаются база в Гюмри и экономические рычаги».

        Дмитрий Орлов, военный эксперт, — для Sputnik:

        «Армия Армении до сих пор не восстановилась после 2020 года. Это главный фактор».

        Популярное
        Курс доллара вырос до максимума
        В Москве ожидается снегопад
        Новые правила для мигрантов
        """
        let article = try parse(text)
        #expect(article.title == "Эксперты: что ждет Армению после выборов")
        #expect(article.experts.map(\.name) == ["Александр Карапетян", "Ольга Миронова", "Дмитрий Орлов"])
        #expect(article.experts.map(\.credentials) == ["политолог, директор Центра кавказских исследований", "ведущий научный сотрудник Института Европы РАН", "военный эксперт"])
        #expect(article.sections.map(\.heading) == [])
        #expect(quotes(article) == [
            "Александр Карапетян | - | Ереван будет балансировать между Москвой и Брюсселем. Никаких резких шагов до конца года не будет. ¶ Главный вопрос — мирный договор с Баку. Без него любые обещания Запада ничего не стоят.",
            "Ольга Миронова | - | Россия не уйдет из региона. У Москвы остаются база в Гюмри и экономические рычаги.",
            "Дмитрий Орлов | - | Армия Армении до сих пор не восстановилась после 2020 года. Это главный фактор.",
        ])
    }

    @Test func symposiumWithBylineCaptionAndSiteMap() throws {
        let text = """
        Skip to main content
        Continue to article content

        Symposium: Is the Black Sea Russia's lake again?

        By Clara Whitman
        February 3, 2026

        Russia's fleet has retreated east, Ukraine's drones rule the western waters, and Turkey holds the straits. We asked three scholars what the balance means for the region.

        Photo: A Turkish frigate in the Bosphorus. Reuters

        Anna Kowalczyk—senior fellow at the Warsaw Maritime Forum. The Black Sea is no longer a Russian lake, and it will not become one again soon. Ukraine has shown that a navy is not needed to deny the sea to one.

        The real question is Turkey. Ankara has kept the straits closed to warships, and that suits everyone but Moscow.

        Mehmet Aydın—professor of international relations at Bosporus University. Turkey's balancing act is not a betrayal of NATO. It is what any power at the straits would do.

        Ankara will keep talking to Moscow because it has to, and it will keep selling drones to Kyiv because it can.

        Ioana Radu—director of the Black Sea Security Program at the Danube Institute. Romania is the ally that matters most now. Constanța is the port that NATO would use in a crisis.

        Related: Why Turkey will not close the straits again
        Site Map
        © 2026 Harbour Street Review
        """
        let article = try parse(text)
        #expect(article.title == "Symposium: Is the Black Sea Russia's lake again?")
        #expect(article.experts.map(\.name) == ["Anna Kowalczyk", "Mehmet Aydın", "Ioana Radu"])
        #expect(article.experts.map(\.credentials) == ["senior fellow at the Warsaw Maritime Forum", "professor of international relations at Bosporus University", "director of the Black Sea Security Program at the Danube Institute"])
        #expect(article.sections.map(\.heading) == [])
        #expect(quotes(article) == [
            "Anna Kowalczyk | - | The Black Sea is no longer a Russian lake, and it will not become one again soon. Ukraine has shown that a navy is not needed to deny the sea to one. ¶ The real question is Turkey. Ankara has kept the straits closed to warships, and that suits everyone but Moscow.",
            "Mehmet Aydın | - | Turkey's balancing act is not a betrayal of NATO. It is what any power at the straits would do. ¶ Ankara will keep talking to Moscow because it has to, and it will keep selling drones to Kyiv because it can.",
            "Ioana Radu | - | Romania is the ally that matters most now. Constanța is the port that NATO would use in a crisis.",
        ])
    }

    @Test func numberedQuestionsWithTeasersAndATagLine() throws {
        let text = """
        UkraineAlert

        Five questions on Ukraine's grain corridor

        Ukraine's corridor has survived three winters of strikes on Odesa, but insurers remain nervous about the months ahead. We asked our experts.

        1. Will the corridor survive the winter?

        The corridor will survive because Ukraine has learned to defend it. The navy is small, but the drones are not.

        Olena Kovalenko is a senior fellow at the Kyiv Economic Institute.

        Insurance is the weak link. Premiums have doubled since the summer, and shippers notice.

        Mark Hudson is a professor of maritime law at the University of Southampton.

        Read more: How Odesa rebuilt its ports

        2. What can Turkey do?

        Ankara controls the straits and it will keep them open for grain.

        Olena Kovalenko is a senior fellow at the Kyiv Economic Institute.

        UkraineAlert is a comprehensive online publication that provides regular news and analysis.
        """
        let article = try parse(text)
        #expect(article.title == "Five questions on Ukraine's grain corridor")
        #expect(article.experts.map(\.name) == ["Olena Kovalenko", "Mark Hudson"])
        #expect(article.experts.map(\.credentials) == ["a senior fellow at the Kyiv Economic Institute", "a professor of maritime law at the University of Southampton"])
        #expect(article.sections.map(\.heading) == ["1. Will the corridor survive the winter?", "2. What can Turkey do?"])
        #expect(quotes(article) == [
            "Olena Kovalenko | 1. Will the corridor survive the winter? | The corridor will survive because Ukraine has learned to defend it. The navy is small, but the drones are not.",
            "Mark Hudson | 1. Will the corridor survive the winter? | Insurance is the weak link. Premiums have doubled since the summer, and shippers notice.",
            "Olena Kovalenko | 2. What can Turkey do? | Ankara controls the straits and it will keep them open for grain.",
        ])
    }

    @Test func russianProseIntroductionsWithDashTails() throws {
        let text = """
        Эксперты оценили шансы на перемирие в Карабахе

        Переговоры между Баку и Ереваном зашли в тупик, и эксперты расходятся в прогнозах.

        Политолог Иван Петров, руководитель Центра кавказских исследований, считает, что стороны не готовы к компромиссу.

        «Баку чувствует себя победителем и не видит смысла уступать. Ереван же боится внутренней реакции», — отметил Петров.

        «Москва пытается сохранить роль посредника, но её влияние падает», — добавил эксперт.

        Иначе смотрит на ситуацию Анна Смирнова, ведущий научный сотрудник Института Европы.

        «Я думаю, что договор будет подписан до конца года. У обеих сторон нет ресурсов для новой войны», — сказала Смирнова.

        Читайте также: Алиев и Пашинян встретятся в Брюсселе
        """
        let article = try parse(text)
        #expect(article.title == "Эксперты оценили шансы на перемирие в Карабахе")
        #expect(article.experts.map(\.name) == ["Иван Петров", "Анна Смирнова"])
        #expect(article.experts.map(\.credentials) == ["руководитель Центра кавказских исследований", "ведущий научный сотрудник Института Европы"])
        #expect(quotes(article) == [
            "Иван Петров | - | Баку чувствует себя победителем и не видит смысла уступать. Ереван же боится внутренней реакции",
            "Иван Петров | - | Москва пытается сохранить роль посредника, но её влияние падает",
            "Анна Смирнова | - | Я думаю, что договор будет подписан до конца года. У обеих сторон нет ресурсов для новой войны",
        ])
    }

    @Test func unmarkedInlineAnswersAfterNameAndTitle() throws {
        let text = """
        What does Iran's new president mean for the region? Experts weigh in

        Iran has a new president, and the region is trying to read him. We asked four analysts.

        Sara Malik, senior fellow at the Gulf Security Initiative: The new president has little room to move. The Supreme Leader sets the nuclear line, and the Revolutionary Guards set the regional one.

        Omid Karimi, director of the Iran Program at the Centre for Eastern Policy: Expect a change of tone, not of substance. Tehran wants sanctions relief, but it will not pay for it with the proxies.

        Laura Stein: I would watch the economy first. Inflation is above forty percent and the rial keeps falling.
        """
        let article = try parse(text, fileName: "unseen.txt")
        #expect(article.title == "What does Iran's new president mean for the region? Experts weigh in")
        #expect(article.experts.map(\.name) == ["Sara Malik", "Omid Karimi", "Laura Stein"])
        #expect(article.experts.map(\.credentials) == ["senior fellow at the Gulf Security Initiative", "director of the Iran Program at the Centre for Eastern Policy", nil])
        #expect(article.sections.map(\.heading) == [])
        #expect(quotes(article) == [
            "Sara Malik | - | The new president has little room to move. The Supreme Leader sets the nuclear line, and the Revolutionary Guards set the regional one.",
            "Omid Karimi | - | Expect a change of tone, not of substance. Tehran wants sanctions relief, but it will not pay for it with the proxies.",
            "Laura Stein | - | I would watch the economy first. Inflation is above forty percent and the rial keeps falling.",
        ])
    }

    @Test func markdownPullQuotesAttributedUnderneath() throws {
        let text = """
        # Will the Arctic stay calm?

        Melting ice opens new routes, and Russia, China and the NATO allies all want a say. We asked three experts.

        ## Shipping

        > The Northern Sea Route will not replace Suez any time soon. Insurance and icebreakers cost too much.
        >
        > — Anna Lund, senior researcher at the Nordic Polar Institute

        > China calls itself a near-Arctic state, and it means it. Beijing wants a seat at every table.
        >
        > — Marc Olsen, professor of international law, University of Tromsø
        """
        let article = try parse(text, fileName: "unseen.md")
        #expect(article.title == "Will the Arctic stay calm?")
        #expect(article.experts.map(\.name) == ["Anna Lund", "Marc Olsen"])
        #expect(article.experts.map(\.credentials) == ["senior researcher at the Nordic Polar Institute", "professor of international law, University of Tromsø"])
        #expect(article.sections.map(\.heading) == ["Shipping"])
        #expect(quotes(article) == [
            "Anna Lund | Shipping | The Northern Sea Route will not replace Suez any time soon. Insurance and icebreakers cost too much.",
            "Marc Olsen | Shipping | China calls itself a near-Arctic state, and it means it. Beijing wants a seat at every table.",
        ])
    }

    @Test func ranksHonorificsParticlesAndHyphensStayOutOfOrInNamesAsTheyShould() throws {
        let text = """
        Generals weigh in: can Ukraine hold the line?

        The front has barely moved in months, and both armies are exhausted. We asked three retired officers and a scholar.

        Col. (Ret.) John Hart, senior fellow at the Atlantic Policy Forum: “The line will hold if the shells keep coming. That is the whole story.”

        Lt. Gen. (Ret.) Maria Kovács, former deputy commander of NATO's Joint Force Command: “Russia is recruiting faster than it is losing men. Kyiv is not.”

        Prof. Jan Willem van der Berg, professor of strategic studies at Leiden University: “Both sides are betting on the other's politics.”

        Dr. Abdullah al-Rashid, director of the Gulf Strategy Institute: “The Gulf is watching how Washington treats its friends.”
        """
        let article = try parse(text)
        #expect(article.experts.map(\.name) == ["John Hart", "Maria Kovács", "Jan Willem van der Berg", "Abdullah al-Rashid"])
        #expect(article.experts.map(\.credentials) == ["senior fellow at the Atlantic Policy Forum", "former deputy commander of NATO's Joint Force Command", "professor of strategic studies at Leiden University", "director of the Gulf Strategy Institute"])
        #expect(quotes(article) == [
            "John Hart | - | The line will hold if the shells keep coming. That is the whole story.",
            "Maria Kovács | - | Russia is recruiting faster than it is losing men. Kyiv is not.",
            "Jan Willem van der Berg | - | Both sides are betting on the other's politics.",
            "Abdullah al-Rashid | - | The Gulf is watching how Washington treats its friends.",
        ])
    }
}
