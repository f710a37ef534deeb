/// Characters the importer trims from the ends of text.
enum CharacterSets {
    static let headingDecoration = Set<Character>(":* ")
    static let hashesAndSpaces = Set<Character>("# ")
    static let colonAndSpaces = Set<Character>(": ")
    static let termEdges = Set<Character>(" ,.")
    static let definitionSeparators = Set<Character>(" :—–-,")
    static let emphasisMarks = Set<Character>("*_ ")
    static let wordEdgePunctuation = Set<Character>(",;:()[]“”\"«»'’")
    static let periods = Set<Character>(".")
}
