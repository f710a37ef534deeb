import Foundation
import Testing
@testable import DossierCore

/// Layouts real sites use beyond the fixtures, each written small and checked exactly.
@Suite struct LayoutVariantTests {
    static let lede = "Ukraine's grain corridor has survived three winters of Russian strikes on Odesa, but insurers and shippers remain nervous about the months ahead, and the navy is stretched."

    func parse(_ text: String, name: String = "variant.txt") throws -> Article {
        try ArticleImporter().parse(data: Data(text.utf8), fileName: name)
    }

    func summary(_ article: Article) -> [String] {
        article.quotes.map { "\(article.expert(id: $0.expertID)?.name ?? "?")|\($0.section ?? "-")|\($0.paragraphs.joined(separator: "¶"))" }
    }

    @Test func numberedQuestionsPipeHeadersAndCRLF() throws {
        let text = """
        MENU
        Home

        Five questions on the Black Sea grain corridor, answered by experts

        \(Self.lede)

        1. Will the corridor survive the winter?

        Olena Kovalenko | Senior Analyst at the Kyiv Economic Institute

        “The corridor will survive because Ukraine has learned to defend it.”

        Mark Hudson | Professor of Maritime Law, University of Southampton

        “Insurance is the weak link. Premiums have doubled since the summer.”

        2. What can Turkey do?

        Olena Kovalenko

        “Ankara controls the straits and it will keep them open.”
        """.replacingOccurrences(of: "\n", with: "\r\n")
        let article = try parse(text)
        #expect(article.title == "Five questions on the Black Sea grain corridor, answered by experts")
        #expect(article.sections.map(\.heading) == ["1. Will the corridor survive the winter?", "2. What can Turkey do?"])
        #expect(article.experts.map(\.credentials) == ["Senior Analyst at the Kyiv Economic Institute", "Professor of Maritime Law, University of Southampton"])
        #expect(summary(article) == [
            "Olena Kovalenko|1. Will the corridor survive the winter?|The corridor will survive because Ukraine has learned to defend it.",
            "Mark Hudson|1. Will the corridor survive the winter?|Insurance is the weak link. Premiums have doubled since the summer.",
            "Olena Kovalenko|2. What can Turkey do?|Ankara controls the straits and it will keep them open.",
        ])
        #expect(article.quotes[0].source.startLine == 12)
    }

    @Test func inlineHeaderWithQuoteOnTheSameLineAndAttributionTail() throws {
        let text = """
        Experts weigh in on the Caspian pipeline deal

        \(Self.lede)

        Laura Stein, Senior Fellow at the Energy Policy Forum: “The deal locks in Kazakh oil for a decade.”

        Tomas Berg, Analyst at Nordic Risk: “Nobody in Astana wants to depend on one route,” he said.
        """
        let article = try parse(text)
        #expect(article.experts.map(\.name) == ["Laura Stein", "Tomas Berg"])
        #expect(article.experts.map(\.credentials) == ["Senior Fellow at the Energy Policy Forum", "Analyst at Nordic Risk"])
        #expect(article.quotes.map(\.paragraphs) == [
            ["The deal locks in Kazakh oil for a decade."],
            ["Nobody in Astana wants to depend on one route"],
        ])
        // The span starts at the quote, not at the header on the same line.
        let data = Data(text.utf8)
        let span = article.quotes[0].source
        #expect(String(decoding: data[span.startByte..<span.endByte], as: UTF8.self).hasPrefix("“The deal"))
    }

    @Test func cyrillicArticleWithGuillemets() throws {
        let text = """
        Эксперты: Кремль давит на Баку, но Алиев опасается санкций

        В последние недели армянские власти предупреждают, что Азербайджан готовится к нападению, а Москва ведёт двойную игру, и эксперты расходятся в оценках.

        Иван Петров, политолог, старший научный сотрудник Института Европы:

        «Россия не заинтересована в большой войне.
        Москва хочет сохранить влияние в регионе».

        Анна Смирнова, журналист:

        «Баку понимает риски санкций».
        """
        let article = try parse(text)
        #expect(article.metadata.language == "ru")
        #expect(article.experts.map(\.name) == ["Иван Петров", "Анна Смирнова"])
        #expect(article.experts.map(\.credentials) == ["политолог, старший научный сотрудник Института Европы", "журналист"])
        #expect(article.quotes.map(\.paragraphs) == [
            ["Россия не заинтересована в большой войне.", "Москва хочет сохранить влияние в регионе."],
            ["Баку понимает риски санкций."],
        ])
    }

    @Test func nameLineThenCredentialsLineThenUnmarkedAnswer() throws {
        let text = """
        What next for Georgia's protests? Three experts answer

        \(Self.lede)

        Nino Beridze
        Associate Professor of Political Science, Tbilisi State University

        The protests are not going away. The government has lost the cities.

        David Kerr
        Senior Fellow, Caucasus Programme at the Atlantic Policy Group

        Western leverage is limited, but it is not zero.

        The views expressed here are the authors' own.
        """
        let article = try parse(text)
        #expect(article.experts.map(\.name) == ["Nino Beridze", "David Kerr"])
        #expect(article.experts.map(\.credentials) == ["Associate Professor of Political Science, Tbilisi State University", "Senior Fellow, Caucasus Programme at the Atlantic Policy Group"])
        #expect(article.quotes.map(\.paragraphs) == [
            ["The protests are not going away. The government has lost the cities."],
            ["Western leverage is limited, but it is not zero."],
        ])
    }

    @Test func controlCharactersEscapesAndDecomposedTextAreCleaned() throws {
        let text = """
        Experts weigh in on the Bosphorus traffic rules

        \(Self.lede)

        Ayşe Demir, Senior Researcher at the Istanbul Policy Center

        “Erdog\u{306}an \u{1B}[31mwants\u{1B}[0m leverage\u{07} over both\u{00A0}sides.\u{1B}]0;pwned\u{07}”
        """
        let article = try parse(text)
        let paragraph = try #require(article.quotes.first?.paragraphs.first)
        #expect(paragraph == "Erdoğan wants leverage over both sides.")
        #expect(!paragraph.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func hardWrappedTextJoinsLinesIntoParagraphs() throws {
        let text = """
        Experts assess the ceasefire along the line of contact in the south

        Three weeks into the ceasefire, both sides accuse each other of
        violations, and observers from the mission say they cannot reach
        half of the positions they are supposed to monitor every day.

        Maria Lopez, Senior Fellow at the Centre for Conflict Studies

        “The ceasefire is holding in name only. Both armies are digging in
        and neither has pulled back its heavy weapons from the line.
        Observers need access, and they need it before the spring.”

        Peter Novak, Professor of International Law at Charles University

        “There is no mechanism to punish violations, so there will be more
        of them, and the mission has neither the mandate nor the people to
        document every incident along a front of this length.”
        """
        let article = try parse(text)
        #expect(article.lede.hasPrefix("Three weeks into the ceasefire, both sides accuse each other of violations,"))
        #expect(article.quotes.count == 2)
        #expect(article.quotes[0].paragraphs.count == 1)
        #expect(article.quotes[0].paragraphs[0].hasSuffix("they need it before the spring."))
        #expect(article.quotes[1].source.startLine == 15 && article.quotes[1].source.endLine == 17)
    }

    @Test func dashlessSignatureAfterUnmarkedParagraphs() throws {
        let text = """
        Experts react: the new sanctions package on Iran

        \(Self.lede)

        A package built for headlines

        The measures target shipping, but the tankers will simply change flags again.

        Enforcement is the real test, and the record so far is poor.

        Sara Malik is a senior fellow at the Gulf Security Initiative of the Meridian Council.

        Tehran will adapt quickly

        Iran has lived under sanctions for decades and has built a whole economy around evading them.

        —Omid Karimi is director of the Iran Program at the Centre for Eastern Policy.
        """
        let article = try parse(text)
        #expect(article.experts.map(\.name) == ["Sara Malik", "Omid Karimi"])
        #expect(article.experts[0].credentials == "a senior fellow at the Gulf Security Initiative of the Meridian Council")
        #expect(article.sections.isEmpty)
        #expect(article.quotes.map(\.paragraphs.count) == [2, 1])
        #expect(article.quotes[0].paragraphs[0].hasPrefix("The measures target shipping"))
    }
}

extension LayoutVariantTests {
    @Test func markdownExpertHeadingsHonorificsAndParenthesisedAffiliations() throws {
        let text = """
        # Three experts on the Arctic shipping route

        The Northern Sea Route carried record cargo this summer, and Moscow wants foreign partners to invest in it before the ice returns.

        ## Who profits?

        ### Dr. Hanna Virtanen, Research Director at the Arctic Institute

        > Only Russia and China profit for now.

        ### Lars Eriksen (Norwegian Polar Forum)

        > Insurers still see the route as an experiment.

        **Mei Chen**, Professor of Economics, Fudan University: “Beijing is patient.”
        """
        let article = try parse(text, name: "arctic.md")
        #expect(article.sections.map(\.heading) == ["Who profits?"])
        #expect(article.experts.map(\.name) == ["Hanna Virtanen", "Lars Eriksen", "Mei Chen"])
        #expect(article.experts.map(\.credentials) == ["Research Director at the Arctic Institute", "Norwegian Polar Forum", "Professor of Economics, Fudan University"])
        #expect(article.quotes.map(\.paragraphs) == [["Only Russia and China profit for now."], ["Insurers still see the route as an experiment."], ["Beijing is patient."]])
    }
}
