import Foundation

/// Time this process spent keeping the accelerator up to date during imports (for
/// `dossier import --timings`: what the accelerator costs an import).
public final class AcceleratorCost: @unchecked Sendable {
    public static let shared = AcceleratorCost()
    private let lock = NSLock()
    private var nanoseconds: UInt64 = 0

    func add(_ elapsed: UInt64) {
        lock.lock()
        nanoseconds += elapsed
        lock.unlock()
    }

    /// Seconds spent so far.
    public var seconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return Double(nanoseconds) / 1e9
    }
}
