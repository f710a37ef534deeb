/// What an article says, before any layout: title, lede, sections, experts and their answers.
/// Every family renders this same content; the labels come from it, never from the rendered text.
public struct RoundupContent: Sendable {
    public enum Language: String, Codable, Sendable { case en, ru }

    /// A fictional expert: the name and the parts their credentials are printed from.
    public struct Expert: Sendable {
        public var name: String
        /// What prose uses on a second mention (`Kovalenko`).
        public var surname: String
        var gender: Vocab.Gender
        /// Printed only by layouts that use one (`Dr.`, `Col. (Ret.)`); never part of the name.
        var honorific: String?
        var roleTitle: String
        var roleLower: String
        var article: String
        /// What follows the role: ` at the Atlantic Policy Forum`, ` of Political Science, Kestrel University, and former envoy to Georgia`.
        var rest: String
        var city: String

        /// `Senior Fellow at the Atlantic Policy Forum` (with ` (City)` when asked).
        func header(city withCity: Bool) -> String { roleTitle + rest + (withCity ? " (\(city))" : "") }
        /// `a senior fellow at the Atlantic Policy Forum`, for signatures and prose.
        var prose: String { article.isEmpty ? roleLower + rest : "\(article) \(roleLower)\(rest)" }
        var pronoun: String { gender == .female ? "she" : "he" }
    }

    /// One paragraph of an expert's answer; `⟪…⟫` marks an inner quotation.
    public struct Paragraph: Sendable {
        public var text: String
        public var countries: Set<String>
    }

    public struct Answer: Sendable {
        public var section: Int
        public var expert: Int
        public var paragraphs: [Paragraph]
    }

    public struct Section: Sendable {
        public var heading: String
        public var question: String
        public var editorial: [String]
    }

    public var language: Language
    public var outlet: String
    public var title: String
    public var lede: [String]
    public var askedLine: String
    public var sections: [Section]
    public var experts: [Expert]
    /// In reading order: section by section.
    public var answers: [Answer]
    /// One short headline per expert (experts-react jump lists).
    public var headlines: [String]
    public var teasers: [String]
    public var glossary: [(term: String, definition: String)]
    public var byline: String
    public var date: String
    /// A country named in the lede (`Russia`), for furniture such as tag lines.
    public var mainCountry: String

    /// All paragraphs of one expert, section by section.
    func paragraphs(of expert: Int) -> [Paragraph] {
        answers.filter { $0.expert == expert }.flatMap(\.paragraphs)
    }
}

/// Builds seeded `RoundupContent`.
enum ContentGenerator {
    static func make(seed: UInt64, language: RoundupContent.Language) -> RoundupContent {
        var rng = LayoutRNG(seed: seed)
        return language == .ru ? russian(&rng) : english(&rng)
    }

    // MARK: English

    static func english(_ rng: inout LayoutRNG) -> RoundupContent {
        let focus = rng.sample(Vocab.countries, 3)
        let outlet = rng.pick(Vocab.outlets)
        func fill(_ template: String) -> RoundupContent.Paragraph {
            let pair = rng.sample(focus, 2)
            let a = pair.first ?? focus[0], b = pair.last ?? focus[0]
            var text = template, codes: Set<String> = []
            for (slot, country) in [("A", a), ("B", b)] {
                for (key, value) in [("{\(slot)}", country.name), ("{cap\(slot)}", country.capital), ("{dem\(slot)}", country.demonym)]
                where text.contains(key) {
                    text = text.replacingOccurrences(of: key, with: value)
                    codes.insert(country.code)
                }
            }
            return .init(text: text.replacingOccurrences(of: "{outlet}", with: outlet), countries: codes)
        }
        let a = focus[0], b = focus[1]
        func fixed(_ template: String) -> String {
            template.replacingOccurrences(of: "{A}", with: a.name).replacingOccurrences(of: "{B}", with: b.name)
                .replacingOccurrences(of: "{capA}", with: a.capital).replacingOccurrences(of: "{capB}", with: b.capital)
                .replacingOccurrences(of: "{demA}", with: a.demonym).replacingOccurrences(of: "{demB}", with: b.demonym)
                .replacingOccurrences(of: "{outlet}", with: outlet)
        }
        let expertCount = rng.int(2...6)
        var experts: [RoundupContent.Expert] = []
        var surnames: Set<String> = []
        while experts.count < expertCount {
            let expert = englishExpert(&rng)
            if surnames.insert(expert.surname).inserted { experts.append(expert) }
        }
        let sectionCount = rng.int(2...4)
        let sections = rng.sample(Phrases.sections, sectionCount).map { pair in
            RoundupContent.Section(heading: fixed(pair.0), question: fixed(pair.1),
                                   editorial: rng.chance(0.35) ? [fixed(rng.pick(Phrases.editorials))] : [])
        }
        var pool = Phrases.quoteSentences.shuffled(using: &rng)
        func sentence() -> String {
            if pool.isEmpty { pool = Phrases.quoteSentences.shuffled(using: &rng) }
            return pool.removeLast()
        }
        let answers = schedule(experts: expertCount, sections: sectionCount, &rng).map { slot in
            let paragraphs = (0..<rng.int(1...3)).map { _ -> RoundupContent.Paragraph in
                let parts = (0..<rng.int(2...3)).map { _ in fill(sentence()) }
                return RoundupContent.Paragraph(text: parts.map(\.text).joined(separator: " "), countries: parts.reduce(into: Set<String>()) { $0.formUnion($1.countries) })
            }
            return RoundupContent.Answer(section: slot.section, expert: slot.expert, paragraphs: paragraphs)
        }
        var glossary = rng.sample(Phrases.glossary, 3)
        if rng.chance(0.3) { glossary.removeLast() }
        return RoundupContent(
            language: .en, outlet: outlet, title: fixed(rng.pick(Phrases.titles)),
            lede: rng.sample(Phrases.ledes, rng.int(1...2)).map(fixed), askedLine: fixed(rng.pick(Phrases.askedLines)),
            sections: sections, experts: experts, answers: answers,
            headlines: rng.sample(Phrases.headlines, expertCount).map { fill($0).text },
            teasers: rng.sample(Phrases.teasers, 2).map(fixed), glossary: glossary.map { (term: $0.0, definition: $0.1) },
            byline: rng.pick(Vocab.bylines), date: "\(rng.pick(Vocab.months)) \(rng.int(1...28)), 2026", mainCountry: a.name
        )
    }

    /// Which expert answers in which section: every section has at least one answer
    /// (two when possible) and every expert speaks at least once.
    static func schedule(experts: Int, sections: Int, _ rng: inout LayoutRNG) -> [(section: Int, expert: Int)] {
        var slots: [(section: Int, expert: Int)] = []
        var spoken: Set<Int> = []
        for section in 0..<sections {
            var chosen = rng.sample(Array(0..<experts), rng.int(min(2, experts)...min(experts, 4)))
            if section == sections - 1 {
                chosen += (0..<experts).filter { !spoken.contains($0) && !chosen.contains($0) }
            }
            for expert in chosen { slots.append((section, expert)); spoken.insert(expert) }
        }
        return slots
    }

    static func englishExpert(_ rng: inout LayoutRNG) -> RoundupContent.Expert {
        var name: String, surname: String, gender: Vocab.Gender
        switch rng.int(0...9) {
        case 0:
            let person = rng.pick(Vocab.particleNames, or: ("Jan Willem", "de Vries", .male))
            (name, surname, gender) = ("\(person.0) \(person.1)", person.1.prefix(1).uppercased() + person.1.dropFirst(), person.2)
        case 1:
            let first = rng.pick(Vocab.firstNames, or: ("Anna", .female))
            surname = "\(rng.pick(Vocab.surnames))-\(rng.pick(["Hoffmann", "Rusnak", "Moreau", "Kask", "Berger"]))"
            (name, gender) = ("\(first.0) \(surname)", first.1)
        case 2:
            surname = rng.pick(Vocab.surnames)
            gender = rng.chance(0.5) ? .female : .male
            let middle = rng.pick(Vocab.middleNames)
            name = rng.chance(0.5) ? "\(rng.pick(Vocab.initials)) \(middle) \(surname)"
                : "\(rng.pick(Vocab.firstNames, or: ("Paul", .male)).0) \(rng.pick(Vocab.initials)) \(surname)"
        case 3:
            let person = rng.pick(Vocab.arabicNames, or: ("Khalid", "al-Mansouri", .male))
            (name, surname, gender) = ("\(person.0) \(person.1)", person.1, person.2)
        default:
            let first = rng.pick(Vocab.firstNames, or: ("Olena", .female))
            surname = rng.pick(Vocab.surnames)
            (name, gender) = ("\(first.0) \(surname)", first.1)
        }
        let role = rng.pick(Vocab.roles, or: Vocab.Role(title: "Analyst", lower: "analyst", article: "an", takesField: false))
        var rest: String
        if role.takesField {
            rest = " of \(rng.pick(Vocab.fields)), \(rng.pick(Vocab.universities))"
        } else if role.article == "the" {
            rest = " of the \(rng.pick(Vocab.institutes))"
        } else {
            rest = rng.chance(0.7) ? " at the \(rng.pick(Vocab.institutes))" : ", \(rng.pick(Vocab.institutes))"
        }
        if rng.chance(0.3) {
            let country = rng.pick(Vocab.countries, or: Vocab.countries[0]).name
            rest += role.takesField || rest.hasPrefix(",") ? ", and \(rng.pick(Vocab.formerRoles)) \(country)" : " and \(rng.pick(Vocab.formerRoles)) \(country)"
        }
        let honorific: String? = role.takesField ? rng.pick(["Prof.", "Dr."]) : (rng.chance(0.3) ? rng.pick(Vocab.honorifics) : nil)
        return .init(name: name, surname: surname, gender: gender, honorific: honorific, roleTitle: role.title,
                     roleLower: role.lower, article: role.article, rest: rest, city: rng.pick(Vocab.cities))
    }

    // MARK: Russian

    static func russian(_ rng: inout LayoutRNG) -> RoundupContent {
        let focus = rng.sample(RussianVocab.countries, 3)
        let outlet = rng.pick(RussianVocab.outlets)
        let a = focus[0], b = focus[1]
        func fill(_ template: String, _ a: RussianVocab.Country, _ b: RussianVocab.Country) -> RoundupContent.Paragraph {
            var text = template, codes: Set<String> = []
            for (slot, country) in [("A", a), ("B", b)] {
                for (key, value) in [("{\(slot)gen}", country.genitive), ("{\(slot)}", country.nominative), ("{cap\(slot)}", country.capital)]
                where text.contains(key) {
                    text = text.replacingOccurrences(of: key, with: value)
                    codes.insert(country.code)
                }
            }
            return .init(text: text.replacingOccurrences(of: "{outlet}", with: outlet), countries: codes)
        }
        func fixed(_ template: String) -> String { fill(template, a, b).text }
        let expertCount = rng.int(2...5)
        var experts: [RoundupContent.Expert] = []
        var used: Set<String> = []
        while experts.count < expertCount {
            let first = rng.pick(RussianVocab.firstNames, or: ("Иван", .male))
            let forms = rng.pick(RussianVocab.surnames, or: ("Петров", "Петрова"))
            let surname = first.1 == .female ? forms.1 : forms.0
            guard used.insert(forms.0).inserted else { continue }
            var rest = ", \(rng.pick(RussianVocab.roles)) \(rng.pick(RussianVocab.institutes))"
            if rng.chance(0.3) { rest += ", \(rng.pick(RussianVocab.formerRoles)) \(rng.pick(["Грузии", "Армении", "Турции"]))" }
            experts.append(.init(name: "\(first.0) \(surname)", surname: surname, gender: first.1, honorific: nil,
                                 roleTitle: rng.pick(["политолог", "эксперт", "аналитик"]), roleLower: "", article: "", rest: rest, city: "Москва"))
        }
        let sectionCount = rng.int(2...3)
        let sections = rng.sample(RussianVocab.sections, sectionCount).map {
            RoundupContent.Section(heading: fixed($0.0), question: fixed($0.1),
                                   editorial: rng.chance(0.3) ? [fixed(rng.pick(RussianVocab.editorials))] : [])
        }
        var pool = RussianVocab.quoteSentences.shuffled(using: &rng)
        let answers = schedule(experts: expertCount, sections: sectionCount, &rng).map { slot in
            let paragraphs = (0..<rng.int(1...3)).map { _ -> RoundupContent.Paragraph in
                let parts = (0..<rng.int(2...3)).map { _ -> RoundupContent.Paragraph in
                    if pool.isEmpty { pool = RussianVocab.quoteSentences.shuffled(using: &rng) }
                    let pair = rng.sample(focus, 2)
                    return fill(pool.removeLast(), pair.first ?? a, pair.last ?? b)
                }
                return .init(text: parts.map(\.text).joined(separator: " "), countries: parts.reduce(into: Set<String>()) { $0.formUnion($1.countries) })
            }
            return RoundupContent.Answer(section: slot.section, expert: slot.expert, paragraphs: paragraphs)
        }
        return RoundupContent(
            language: .ru, outlet: outlet, title: fixed(rng.pick(RussianVocab.titles)),
            lede: rng.sample(RussianVocab.ledes, rng.int(1...2)).map(fixed), askedLine: fixed(rng.pick(RussianVocab.askedLines)),
            sections: sections, experts: experts, answers: answers, headlines: experts.map { _ in "" },
            teasers: rng.sample(RussianVocab.popular, 2), glossary: rng.sample(RussianVocab.glossary, 2).map { (term: $0.0, definition: $0.1) },
            byline: "Анна Лаптева", date: "\(rng.int(1...28)) марта 2026", mainCountry: a.nominative
        )
    }
}
