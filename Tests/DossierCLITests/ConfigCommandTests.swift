import Foundation
import Testing

/// `dossier config path|defaults|check` and `--print-defaults`.
@Suite struct ConfigCommandTests {
    private let home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-config-cli-\(UUID().uuidString)")

    private func dossier(_ arguments: [String], xdg: String? = nil) throws -> CLIRunner.Result {
        // An empty XDG_CONFIG_HOME is ignored, as the XDG rules say, whatever the test runner has.
        try CLIRunner.run(arguments, environment: ["HOME": home.path, "XDG_CONFIG_HOME": xdg ?? ""])
    }

    @Test func pathFollowsXDGConfigHomeAndTheOption() throws {
        #expect(try dossier(["config", "path"], xdg: "/srv/conf").stdout == "/srv/conf/dossier/config.toml\n")
        #expect(try dossier(["config", "path"]).stdout == home.path + "/.config/dossier/config.toml\n")
        #expect(try dossier(["config", "path", "--config", "/tmp/x.toml"]).stdout == "/tmp/x.toml\n")
    }

    @Test func defaultsPrintACommentedConfigThatChecksClean() throws {
        let printed = try dossier(["config", "defaults"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("# move_down = [\"down\", \"j\"]"))
        #expect(printed.stdout.contains("# open_source = [\"o\"]"))
        #expect(try dossier(["config", "--print-defaults"]).stdout == printed.stdout)
        let directory = home.appendingPathComponent(".config/dossier")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try printed.stdout.write(to: directory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let check = try dossier(["config", "check"])
        #expect(check.status == 0)
        #expect(check.stdout == "~/.config/dossier/config.toml: ok\n")
    }

    @Test func checkReportsTheFirstProblemOnOneLine() throws {
        let directory = home.appendingPathComponent("conf/dossier")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try "[keys]\nmove_down = [\"j\", \"ctlr-x\"]\n".write(to: directory.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let check = try dossier(["config", "check"], xdg: home.appendingPathComponent("conf").path)
        #expect(check.status == 1)
        #expect(check.stderr == "dossier: ~/conf/dossier/config.toml:2: unknown key name \"ctlr-x\" for move_down; using the defaults\n")
        let none = try dossier(["config", "check"], xdg: "/nonexistent")
        #expect(none.status == 0)
        #expect(none.stdout == "/nonexistent/dossier/config.toml: no config file; the defaults are used\n")
    }
}
