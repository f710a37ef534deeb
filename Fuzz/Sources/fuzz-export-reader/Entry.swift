import CLibFuzzer
import DossierFuzzing
import Foundation

/// The `export-reader` fuzz target (`FuzzTarget.exportReader`). SwiftPM links an executable's `main`
/// to this module's entry point, which hands libFuzzer's driver the callback.
@main enum Fuzz {
    static func main() {
        FuzzTarget.exportReader.prepare()
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in FuzzTarget.exportReader.fuzz(bytes, count) })
    }
}

/// libFuzzer's own `main`, when a linker picks it from the runtime, calls this.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzTarget.exportReader.fuzz(bytes, count)
}
