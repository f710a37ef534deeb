import Foundation

/// The environment for running the `dossier` binary from a test: this process's, with Dossier's
/// own places moved to a directory of the test run, so a user's default library, config or log
/// (made by `make run`, say) cannot change an answer (`verify` consults the default library
/// when it exists). Shared by the CLI and library test targets.
public let isolatedDossierEnvironment: [String: String] = {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)").path
    var environment = ProcessInfo.processInfo.environment
    for name in ["DOSSIER_LIBRARY", "DOSSIER_LOG"] { environment.removeValue(forKey: name) }
    environment["XDG_DATA_HOME"] = base + "/data"
    environment["XDG_CONFIG_HOME"] = base + "/config"
    return environment
}()
