/// Fictional people, institutes and outlets, real countries: the word stock of the generated roundups.
enum Vocab {
    struct Country { var name: String; var capital: String; var demonym: String; var code: String }

    static let countries: [Country] = [
        .init(name: "Russia", capital: "Moscow", demonym: "Russian", code: "RU"),
        .init(name: "Ukraine", capital: "Kyiv", demonym: "Ukrainian", code: "UA"),
        .init(name: "Georgia", capital: "Tbilisi", demonym: "Georgian", code: "GE"),
        .init(name: "Armenia", capital: "Yerevan", demonym: "Armenian", code: "AM"),
        .init(name: "Azerbaijan", capital: "Baku", demonym: "Azerbaijani", code: "AZ"),
        .init(name: "Moldova", capital: "Chisinau", demonym: "Moldovan", code: "MD"),
        .init(name: "Turkey", capital: "Ankara", demonym: "Turkish", code: "TR"),
        .init(name: "Serbia", capital: "Belgrade", demonym: "Serbian", code: "RS"),
        .init(name: "Poland", capital: "Warsaw", demonym: "Polish", code: "PL"),
        .init(name: "Germany", capital: "Berlin", demonym: "German", code: "DE"),
        .init(name: "France", capital: "Paris", demonym: "French", code: "FR"),
        .init(name: "China", capital: "Beijing", demonym: "Chinese", code: "CN"),
        .init(name: "Iran", capital: "Tehran", demonym: "Iranian", code: "IR"),
        .init(name: "Kazakhstan", capital: "Astana", demonym: "Kazakh", code: "KZ"),
        .init(name: "Finland", capital: "Helsinki", demonym: "Finnish", code: "FI"),
        .init(name: "Estonia", capital: "Tallinn", demonym: "Estonian", code: "EE"),
        .init(name: "Hungary", capital: "Budapest", demonym: "Hungarian", code: "HU"),
        .init(name: "Romania", capital: "Bucharest", demonym: "Romanian", code: "RO"),
        .init(name: "Belarus", capital: "Minsk", demonym: "Belarusian", code: "BY"),
        .init(name: "Lithuania", capital: "Vilnius", demonym: "Lithuanian", code: "LT"),
    ]

    // MARK: People

    enum Gender { case female, male }

    static let firstNames: [(String, Gender)] = [
        ("Olena", .female), ("Milena", .female), ("Katarina", .female), ("Nino", .female), ("Aino", .female),
        ("Ayşe", .female), ("Tamar", .female), ("Ewa", .female), ("Sofia", .female), ("Laura", .female),
        ("Marta", .female), ("Irina", .female), ("Hanna", .female), ("Claire", .female), ("Zeynep", .female),
        ("Tomas", .male), ("Arben", .male), ("Edin", .male), ("Ion", .male), ("Giorgi", .male), ("David", .male),
        ("Mark", .male), ("Łukasz", .male), ("Mehmet", .male), ("Pavel", .male), ("Daniel", .male),
        ("Andrei", .male), ("Farid", .male), ("Jonas", .male), ("Viktor", .male), ("Ruslan", .male),
    ]
    static let surnames = [
        "Kovalenko", "Stanković", "Lindqvist", "Beridze", "Heikkilä", "Demir", "Kerr", "Vaitkus", "Mercer", "Țurcanu",
        "Hadžić", "Krasniqi", "Nowicki", "Aliyeva", "Petrescu", "Gelashvili", "Hudson", "Berg", "Stein", "Marsh",
        "Ozolina", "Dvořák", "Halloran", "Mikaelian", "Sandoval", "Ferrante", "Okonkwo", "Whitcombe", "Varga", "Lenhardt",
    ]
    static let particleNames: [(String, String, Gender)] = [
        ("Jan Willem", "de Vries", .male), ("Pieter", "van der Berg", .male), ("Anouk", "van Dijk", .female),
        ("Maria", "da Costa", .female), ("Karl-Heinz", "von Stetten", .male), ("Lucas", "de la Fuente", .male),
        ("Eva", "ter Horst", .female),
    ]
    static let arabicNames: [(String, String, Gender)] = [
        ("Khalid", "al-Mansouri", .male), ("Layla", "al-Hashimi", .female), ("Omar", "al-Qadi", .male),
        ("Rania", "al-Tamimi", .female), ("Yusuf", "al-Rawi", .male),
    ]
    static let middleNames = ["Michael", "Anne", "Robert", "Louise", "Edward", "Catherine", "Paul"]
    static let initials = ["J.", "R.", "A.", "M.", "T.", "E.", "K."]

    static let honorifics = ["Dr.", "Prof.", "Amb.", "Col. (Ret.)"]

    // MARK: Credentials

    /// A role: title case, lower case, indefinite article, and what may follow it.
    struct Role { var title: String; var lower: String; var article: String; var takesField: Bool }

    static let roles: [Role] = [
        .init(title: "Senior Fellow", lower: "senior fellow", article: "a", takesField: false),
        .init(title: "Nonresident Senior Fellow", lower: "nonresident senior fellow", article: "a", takesField: false),
        .init(title: "Research Fellow", lower: "research fellow", article: "a", takesField: false),
        .init(title: "Director", lower: "director", article: "the", takesField: false),
        .init(title: "Senior Researcher", lower: "senior researcher", article: "a", takesField: false),
        .init(title: "Associate Professor", lower: "associate professor", article: "an", takesField: true),
        .init(title: "Professor", lower: "professor", article: "a", takesField: true),
        .init(title: "Lecturer", lower: "lecturer", article: "a", takesField: true),
        .init(title: "Head of the Eurasia Programme", lower: "head of the Eurasia Programme", article: "the", takesField: false),
        .init(title: "Programme Director", lower: "programme director", article: "the", takesField: false),
        .init(title: "Political Analyst", lower: "political analyst", article: "a", takesField: false),
        .init(title: "Senior Analyst", lower: "senior analyst", article: "a", takesField: false),
    ]
    static let fields = ["International Relations", "Political Science", "Security Studies", "Energy Policy",
                         "Eastern European History", "International Law", "Political Economy"]
    static let institutes = [
        "Atlantic Policy Forum", "Centre for Eastern Neighbourhood Studies", "Baltic Institute of Strategy",
        "Danube Security Council", "Caspian Research Foundation", "Meridian Endowment for Peace",
        "Institute for Black Sea Affairs", "Northern Europe Initiative", "Kestrel Centre for Conflict Studies",
        "Halden Institute of International Affairs", "Vistula Council on Foreign Relations",
        "Lindenhof Centre for European Policy", "Corvin Institute for Democracy and Security",
    ]
    static let universities = ["Kestrel University", "University of Lindenhof", "Halden School of Economics",
                               "Vistula University", "Ardmore College", "University of Westmarch", "Tarvos University"]
    static let cities = ["Washington", "Brussels", "Berlin", "Warsaw", "Vienna", "Tbilisi", "Kyiv", "Riga", "London",
                         "Helsinki", "Bucharest", "Tallinn", "Istanbul", "Paris"]
    static let formerRoles = ["former ambassador to", "former adviser to the government of", "former envoy to",
                              "former defence attaché in"]

    // MARK: Outlets and furniture

    static let outlets = ["The Vantage", "Meridian Review", "Harbour Street Review", "The Eastern Ledger",
                          "Continental Desk", "Northbound Monitor", "The Borderland Post"]
    static let bylines = ["Jane Doe", "Clara Whitman", "Tomasz Reed", "Nadia Farrow", "Peter Lund", "Ilse Maren"]
    static let photoAgencies = ["Reuters", "AFP", "AP", "Getty Images", "EPA"]
    static let months = ["January", "February", "March", "April", "May", "June", "September", "October", "November"]
    static let tags = ["Russia", "NATO", "Energy", "Sanctions", "Black Sea", "Elections", "Security", "Diplomacy"]
}
