import ArgumentParser
import DossierCore
import Foundation

/// Shared plumbing for subcommands: user-facing errors become one line on stderr and
/// the documented exit code; JSON output is stable (sorted keys).
enum CLI {
    /// The country tagger used by importing commands, when one is available.
    static var tagger: (any CountryTagging)? { CountryTagger() }

    /// Runs `body`, turning a `DossierError` into a one-line message and its exit code.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DossierError {
            note(error.message)
            throw ExitCode(error.code.rawValue)
        }
    }

    /// A one-line note on stderr (stdout stays the command's output); errors are written so too.
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("dossier: \(Terminal.sanitise(message))\n".utf8))
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// Output helpers for text that came from articles.
enum Terminal {
    /// Removes control characters so article text can never drive the terminal.
    static func sanitise(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            !(scalar.value < 0x20 && scalar != "\n" && scalar != "\t") && !(0x7F...0x9F).contains(scalar.value)
        }))
    }
}
