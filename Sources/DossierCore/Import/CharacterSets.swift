import Foundation

/// Character sets the importer trims with, built once (building one is costly on Linux).
enum CharacterSets {
    static let headingDecoration = CharacterSet(charactersIn: ":* ")
    static let hashesAndSpaces = CharacterSet(charactersIn: "# ")
    static let colonAndSpaces = CharacterSet(charactersIn: ": ")
    static let termEdges = CharacterSet(charactersIn: " ,.")
    static let definitionSeparators = CharacterSet(charactersIn: " :—–-,")
    static let emphasisMarks = CharacterSet(charactersIn: "*_ ")
    static let wordEdgePunctuation = CharacterSet(charactersIn: ",;:()[]“”\"«»'’")
    static let periods = CharacterSet(charactersIn: ".")
}
