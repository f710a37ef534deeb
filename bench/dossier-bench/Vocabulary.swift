/// Word lists for the synthetic corpus: real words at the head of the Zipf curve,
/// generated pseudo-words in the long tail, names with diacritics and Cyrillic.
enum Vocabulary {
    static let head = """
        the of and to in a is that for on it with as was by be this are not have but has at from or an will which its their \
        they would more there than been also can one all about other what if new into only some could so war may such no \
        these over those after russia military political moscow security government power president country region border \
        sanctions economic peace conflict forces support west western europe european influence state states negotiations \
        agreement strategic interests threat pressure ukraine energy gas oil regime opposition elections troops invasion \
        diplomatic alliance nato union kremlin washington china turkey iran azerbaijan armenia georgia ceasefire territory \
        leadership domestic international crisis escalation deterrence weapons defense allies partners regional influence \
        rhetoric corridor control strategy stability risk policy relations officials analysts experts situation future \
        ankara baku yerevan tbilisi beijing brussels minsk kyiv tehran occupation sovereignty integrity mediation talks
        """.split(separator: " ").map(String.init)

    static let syllables = ["ka", "lo", "mir", "vet", "sa", "den", "tor", "qui", "bel", "ash", "ro", "zin", "pra", "mel",
                            "ost", "var", "ne", "gu", "lith", "cor", "ban", "eph", "dri", "ul", "sek", "mon", "tav", "ri"]

    /// `count` distinct lowercase words: the head list, then pseudo-words.
    static func words(count: Int) -> [String] {
        var words = head
        var seen = Set(words)
        var n = 0
        while words.count < count {
            var value = n, word = ""
            repeat { word += syllables[value % syllables.count]; value /= syllables.count } while value > 0
            word += ["", "ism", "ation", "ing", "ed", "s", "ity", "al"][n % 8]
            if word.count > 3, seen.insert(word).inserted { words.append(word) }
            n += 1
        }
        return words
    }

    static let firstNames = ["Grant", "Nerses", "Rauf", "Arif", "Andrey", "Milena", "Arben", "Edin", "Dmitry", "Ion", "Ayşe",
                             "Recep", "Zoë", "Łukasz", "Tamar", "Giorgi", "Олег", "Анна", "Mehmet", "Lena", "Jonas", "Sófia",
                             "Ilham", "Ahmet", "Kateryna", "Pavel", "Nino", "Farid", "Mariam", "Hüseyin", "Ewa", "Tomáš"]
    static let lastNames = ["Mikaelian", "Kopalyan", "Mirgadirov", "Yunusov", "Areshev", "Stanković", "Krasniqi", "Hadžić",
                            "Orlovsky", "Țurcanu", "Yılmaz", "Erdoğan", "Kowalczyk", "Beridze", "Шевченко", "Иванова",
                            "Demir", "Lindqvist", "Novák", "Aliyeva", "Petrenko", "Gelashvili", "Hasanov", "Öztürk", "Dvořák"]
    static let roles = ["Political Scientist", "Senior Research Fellow", "Associate Professor of Political Science",
                        "Political Commentator", "Former Ambassador", "Head of the Conflict Studies Department", "Economist"]
    static let institutions = ["the Caucasus Institute", "the University of Nevada", "the Foundation for Strategic Culture",
                               "the Institute of Peace and Democracy", "the Center for Regional Policy Studies",
                               "the Riga Centre for Eastern Studies", "the Carnegie Endowment", "Chatham House"]
    static let cities = ["Yerevan", "Baku", "Tbilisi", "Moscow", "Ankara", "Brussels", "Vienna", "Riga", "USA", "Kyiv"]
    static let countries = ["Russia", "Azerbaijan", "Armenia", "Turkey", "Iran", "France", "Georgia", "Ukraine", "China",
                            "Serbia", "Kosovo", "Moldova", "Poland", "Germany", "Kazakhstan", "Israel", "Syria", "Belarus"]
    static let headings = ["The Likelihood of Invasion", "The Role of Russia", "The Role of Turkey", "What the West Can Do",
                           "Sanctions and Energy", "Is a New Crisis Coming?", "Moscow's Leverage", "The Economic Stakes",
                           "Domestic Politics", "The View from Brussels", "Military Balance", "Scenarios for Next Year"]
}
