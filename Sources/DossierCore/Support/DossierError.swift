/// An error meant for a person: one line that names the file or input and the
/// problem, plus the process exit code the command line should use.
public struct DossierError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Exit codes documented in the README.
    public enum Code: Int32, Sendable {
        /// A file or input could not be read or understood.
        case badInput = 1
        /// The environment is unsuitable (no terminal, too small, missing tool).
        case environment = 2
        /// The library file is corrupt, locked or not a Dossier library.
        case library = 3
        /// A write (export) failed or would overwrite without permission.
        case output = 4
        /// Something asked for does not exist (quote id, expert).
        case notFound = 5
    }

    public var message: String
    public var code: Code

    public init(_ message: String, code: Code = .badInput) {
        self.message = message
        self.code = code
    }

    public var description: String { message }
}
