import CLibFuzzer
import DossierFuzzing
import Foundation

/// The `importer-markdown` fuzz target (`FuzzTarget.importerMarkdown`). SwiftPM links an executable's `main`
/// to this module's entry point, which hands libFuzzer's driver the callback.
@main enum Fuzz {
    static func main() {
        FuzzTarget.importerMarkdown.prepare()
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in FuzzTarget.importerMarkdown.fuzz(bytes, count) })
    }
}

/// libFuzzer's own `main`, when a linker picks it from the runtime, calls this.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzTarget.importerMarkdown.fuzz(bytes, count)
}
