import Foundation
import Testing
@testable import DossierCore

/// The first-name lexicon (`Data/names/first-names.txt` via `FirstNamesData`).
@Suite struct NameLexiconTests {
    @Test(arguments: [
        // English, French, German, Spanish
        "John", "Mary", "Mark", "William", "George", "Frank", "Henry", "Olivia", "Pierre", "Jean", "Marie",
        "François", "Hans", "Angela", "Carlos", "María",
        // Arabic, Persian and Turkish transliterations
        "Mohammed", "Muhammad", "Ahmad", "Ahmed", "Hassan", "Fatima", "Ali", "Mehmet",
        // Chinese and other Asian given names
        "Wei", "Li", "Ravi",
        // Ukrainian, Russian, Polish in Latin script
        "Olena", "Oleksandr", "Volodymyr", "Dmitry", "Sergei", "Vladimir", "Anna", "Katarzyna",
        // Cyrillic: Russian, Ukrainian, Belarusian
        "Ольга", "Дмитрий", "Сергей", "Владимир", "Наталья", "Олена", "Олександр", "Юлія", "Аляксандр",
        "Вера", "Роман", "Лев",
    ])
    func knownNamesAreFirstNames(name: String) {
        #expect(NameLexicon.isFirstName(name), "\(name)")
    }

    @Test(arguments: [
        // English function and common words
        "the", "The", "will", "Will", "may", "May", "said", "Said", "long", "Long", "rich", "Rich", "and", "of",
        // countries, demonyms and role words of expert headers
        "russia", "Russia", "china", "China", "Iran", "Ukraine", "Jordan", "Georgia", "American", "Russian",
        "minister", "senior", "policy", "institute", "war", "fellow", "director", "professor", "analyst",
        "president", "general", "university", "council", "foreign", "security", "defense",
        // Russian ordinary words and roles
        "и", "мир", "война", "политолог", "эксперт", "россия", "министр", "директор",
        // name particles
        "al", "bin", "de", "van", "von",
    ])
    func commonWordsAreNotFirstNames(word: String) {
        #expect(!NameLexicon.isFirstName(word), "\(word)")
    }

    @Test func caseDoesNotMatter() {
        for form in ["olena", "OLENA", "Olena", "oLeNa", "ольга", "ОЛЬГА"] {
            #expect(NameLexicon.isFirstName(form), "\(form)")
        }
    }

    @Test func diacriticsDoNotMatter() {
        for form in ["Zoë", "Zoe", "ZOË", "Ștefan", "Stefan", "Ştefan", "José", "Jose", "François", "Francois",
                     "Søren", "Soren", "Łukasz", "Lukasz", "Семён", "Семен", "Пётр", "Петр"] {
            #expect(NameLexicon.isFirstName(form), "\(form)")
        }
    }

    @Test func edgePunctuationIsIgnored() {
        for form in ["Olena,", "\"Wei\"", "(Mark)", "«Сергей»", "Anna.", "‘Ahmad’"] {
            #expect(NameLexicon.isFirstName(form), "\(form)")
        }
        for form in ["", ",", "--", "\"\""] {
            #expect(!NameLexicon.isFirstName(form), "\(form)")
        }
    }

    @Test func hyphenatedNamesNeedEveryPart() {
        for form in ["Jean-Pierre", "Anna-Maria", "jean-paul", "Jean‐Luc", "Анна-Мария", "Jean-Pierre,"] {
            #expect(NameLexicon.isFirstName(form), "\(form)")
        }
        for form in ["Jean-Policy", "al-Assad", "Jean--Pierre", "Russia-Ukraine", "pro-Russian", "Анна-политолог"] {
            #expect(!NameLexicon.isFirstName(form), "\(form)")
        }
        // A hyphen at an edge is edge punctuation (a name broken across lines), not a part.
        #expect(NameLexicon.isFirstName("Jean-"))
        #expect(NameLexicon.isFirstName("-Pierre"))
    }

    @Test func substringsOfALineWork() {
        let header = "Olena Kovalenko, senior fellow at the Institute"
        let tokens = header.split(separator: " ")
        #expect(NameLexicon.isFirstName(tokens[0]))
        #expect(!NameLexicon.isFirstName(tokens[2]))
        #expect(!NameLexicon.isFirstName(tokens[3]))
    }

    @Test func theListIsLoadedAndSized() {
        let lines = FirstNamesData.text.split(separator: "\n")
        #expect(lines.count > 40_000 && lines.count < 80_000)
        #expect(lines == lines.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        #expect(lines.allSatisfy { $0 == $0.lowercased() })
        #expect(NameLexicon.names.count >= lines.count)
    }

    /// A rough speed check (debug builds are far slower than release); prints ns per lookup.
    @Test func lookupsAreFast() {
        _ = NameLexicon.isFirstName("warm-up")
        let tokens: [Substring] = ["Olena", "Kovalenko,", "senior", "fellow", "at", "the", "Atlantic", "Council",
                                   "Jean-Pierre", "Ольга", "Zoë", "policy"].map { $0[...] }
        let rounds = 20_000
        var hits = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds {
            for token in tokens where NameLexicon.isFirstName(token) { hits += 1 }
        }
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        let perLookup = Double(elapsed) / Double(rounds * tokens.count)
        print("NameLexicon: \(Int(perLookup)) ns per lookup over \(rounds * tokens.count) lookups")
        #expect(hits == rounds * 4)
        #expect(perLookup < 50_000)
    }
}
