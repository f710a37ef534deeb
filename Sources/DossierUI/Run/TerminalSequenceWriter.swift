/// Lets the clipboard's `@Sendable` terminal writer reach the backend. It is
/// only called synchronously from `ExportPerformer.perform` on the run loop's
/// thread, while the backend is not drawing, hence the unchecked conformance.
final class TerminalSequenceWriter: @unchecked Sendable {
    private let backend: any TerminalBackend

    init(backend: any TerminalBackend) { self.backend = backend }

    func write(_ sequence: String) -> Bool { backend.writeControlSequence(sequence) }
}
