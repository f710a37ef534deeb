/// Small closed word lists the tagger's context rules consult (all folded).
enum WordLists {
    /// Capitalised words that may stand before a leader's surname or a name-like country
    /// without making it part of a person's name: sentence openers, weekdays, months.
    static let functionWords: Set<String> = [
        "a", "an", "the", "in", "on", "at", "for", "from", "to", "by", "with", "without", "and", "but", "or", "nor",
        "so", "yet", "as", "if", "when", "while", "since", "because", "although", "though", "after", "before",
        "until", "unless", "whether", "that", "this", "these", "those", "then", "thus", "hence", "meanwhile",
        "however", "moreover", "also", "even", "only", "both", "either", "neither", "not", "now", "today",
        "yesterday", "tomorrow", "still", "why", "how", "what", "who", "whom", "whose", "where", "which", "once",
        "under", "over", "against", "between", "among", "like", "unlike", "did", "does", "do", "has", "have",
        "had", "is", "was", "were", "are", "will", "would", "can", "could", "should", "must", "may", "might",
        "let", "of", "about", "into", "through", "during", "via", "per", "than", "whereas", "indeed", "perhaps",
        "clearly", "instead", "besides", "nevertheless", "nonetheless", "therefore", "first", "second", "finally",
        "whatever", "whoever", "here", "there", "every", "each", "no", "all", "any", "some", "most", "many",
        "he", "she", "it", "we", "they", "i", "you", "his", "her", "its", "our", "their", "my", "your",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
        "в", "во", "на", "но", "и", "а", "для", "по", "с", "со", "при", "как", "что", "это", "если", "когда",
        "после", "до", "даже", "однако", "также", "только", "уже", "еще", "ещё", "у", "к", "от", "о", "об", "же",
        "ни", "не", "или", "то", "так", "вот", "лишь", "сам", "сама", "сегодня", "вчера", "теперь", "поэтому",
    ]

    /// Titles that may stand before a leader's surname.
    static let titles: Set<String> = [
        "president", "presidents", "prime", "minister", "premier", "chancellor", "mr", "mrs", "ms", "messrs", "dr",
        "general", "gen", "marshal", "king", "queen", "emir", "sheikh", "crown", "prince", "ayatollah", "captain",
        "capt", "colonel", "col", "lieutenant", "lt", "leader", "supreme", "chairman", "secretary", "comrade",
        "tsar", "czar", "sultan", "pm", "sir", "lord", "dame", "senator", "sen", "governor", "gov", "junta",
        "strongman", "autocrat", "dictator", "taoiseach", "shah", "pope", "commander",
        "президент", "президента", "президенту", "президентом", "президенте", "премьер", "премьера", "премьеру",
        "премьером", "глава", "главы", "главе", "главой", "лидер", "лидера", "лидеру", "лидером", "господин",
        "господина", "генерал", "капитан", "канцлер", "канцлера", "председатель", "председателя",
    ]

    /// A capital or seat followed by one of these names an agreement, format or process
    /// (Minsk Group, Paris Agreement, Warsaw Pact), not the state.
    static let agreementWords: Set<String> = [
        "agreement", "agreements", "accord", "accords", "pact", "format", "group", "process", "protocol",
        "protocols", "memorandum", "convention", "conventions", "treaty", "declaration", "consensus", "club",
        "framework", "charter", "communique", "formula", "principles", "summit",
    ]

    /// Russian stems of the same words.
    static let agreementStems: [String] = ["соглашен", "договор", "формат", "групп", "протокол", "меморандум", "процесс", "деклараци"]

    /// A demonym followed by one of these names a language, not the state (Russian-language media).
    static let languageWords: Set<String> = ["language", "languages", "speaking", "speaker", "speakers", "speech", "dialect"]

    /// Before a demonym, these make it a language (`speaks Russian`).
    static let speakingWords: Set<String> = [
        "speak", "speaks", "spoke", "spoken", "speaking", "fluent", "translated", "dubbed", "learn", "learned", "learning",
    ]

    /// After a capital, these name an institution or landmark, not the state.
    static let institutionWords: Set<String> = [
        "university", "school", "institute", "college", "academy", "conference", "olympics", "marathon", "airport",
        "metro", "zoo", "wall", "centre", "center", "stock", "exchange", "biennale", "philharmonic", "opera",
    ]

    /// Words that tie a bare "Georgia" to the country.
    static let georgiaCountryMarkers: Set<String> = [
        "tbilisi", "abkhazia", "abkhaz", "ossetia", "ossetian", "tskhinvali", "sukhumi", "batumi", "kutaisi",
        "adjara", "javakheti", "caucasus", "caucasian", "georgian", "georgians", "kobakhidze", "ivanishvili",
        "saakashvili", "kavelashvili", "zourabichvili", "тбилиси", "абхазия", "абхазии", "осетия", "осетии", "кавказ",
        "кавказе", "кавказа",
    ]

    /// Words that tie a bare "Georgia" to the US state.
    static let georgiaStateMarkers: Set<String> = [
        "atlanta", "savannah", "macon", "augusta", "fulton", "dekalb", "gwinnett", "kemp", "abrams", "raffensperger",
        "peach", "carolina", "alabama", "tennessee", "florida",
    ]
}
