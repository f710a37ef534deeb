import Foundation
import Testing
@testable import DossierCore

@Suite struct ExportClipboardTests {
    @Test func osc52SequenceIsBase64BetweenOSCAndBEL() {
        let sequence = Clipboard.osc52Sequence(for: "Hi “Ü”", tmux: false)
        #expect(Array(sequence.utf8) == Array("\u{1B}]52;c;SGkg4oCcw5zigJ0=\u{07}".utf8))
    }

    @Test func tmuxWrapsInPassthroughWithDoubledEscapes() {
        let sequence = Clipboard.osc52Sequence(for: "hi", tmux: true)
        #expect(Array(sequence.utf8) == [0x1B, 0x50] + Array("tmux;".utf8) + [0x1B, 0x1B] + Array("]52;c;aGk=".utf8) + [0x07, 0x1B, 0x5C])
    }

    final class Sink: @unchecked Sendable {
        var written: [String] = []
        var tools: [String] = []
    }

    /// A fake tmux answering `show-options` with these values (pane first, then global).
    static func tmux(_ options: [String: String]) -> @Sendable ([String], [String: String]) -> String? {
        { arguments, _ in arguments.last.flatMap { options[$0] } }
    }

    static let inTmux = ["TMUX": "/tmp/tmux-0/default,1,0", "TMUX_PANE": "%1", "PATH": "/nonexistent"]

    @Test func aLocalToolConfirmsTheCopyAndOSC52IsOnlySent() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tool = directory.appendingPathComponent("wl-copy")
        try "#!/bin/sh\ncat >/dev/null\n".write(to: tool, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        let sink = Sink()
        let clipboard = Clipboard(
            environment: ["TMUX": "/tmp/tmux-0/default,1,0", "WAYLAND_DISPLAY": "wayland-0", "PATH": directory.path],
            writeToTerminal: { sink.written.append($0); return true },
            runTool: { path, _, _ in sink.tools.append(path); return 0 },
            askTmux: Self.tmux(["allow-passthrough": "on", "set-clipboard": "external"])
        )
        let report = clipboard.copy("hi")
        #expect(sink.written == [Clipboard.osc52Sequence(for: "hi", tmux: true)])
        #expect(sink.tools == [tool.path])
        #expect(report.isConfirmed)
        #expect(report.summary == "Copied 2 bytes via wl-copy; also sent OSC 52 (tmux passthrough)")
    }

    @Test func tmuxWithoutPassthroughOrSetClipboardGetsNoSequenceAndSaysWhy() {
        let sink = Sink()
        let clipboard = Clipboard(environment: Self.inTmux, writeToTerminal: { sink.written.append($0); return true },
                                  runTool: { _, _, _ in 0 },
                                  askTmux: Self.tmux(["allow-passthrough": "off", "set-clipboard": "external"]))
        let report = clipboard.copy("hi")
        #expect(sink.written.isEmpty)
        #expect(!report.succeeded)
        #expect(report.summary == "Copy failed: tmux drops OSC 52 (allow-passthrough off, set-clipboard external)")
    }

    @Test func tmuxWithSetClipboardOnTakesAPlainSequence() {
        let sink = Sink()
        let clipboard = Clipboard(environment: Self.inTmux, writeToTerminal: { sink.written.append($0); return true },
                                  runTool: { _, _, _ in 0 }, askTmux: Self.tmux(["set-clipboard": "on"]))
        let report = clipboard.copy("hi")
        #expect(sink.written == [Clipboard.osc52Sequence(for: "hi", tmux: false)])
        #expect(report.succeeded && !report.isConfirmed)
        #expect(report.sent == "OSC 52 (tmux set-clipboard on)")
    }

    @Test func outsideTmuxOSC52IsSentButNeverConfirmed() {
        let clipboard = Clipboard(environment: ["PATH": "/nonexistent"], writeToTerminal: { _ in true }, runTool: { _, _, _ in 0 },
                                  askTmux: { _, _ in Issue.record("tmux asked outside tmux"); return nil })
        let report = clipboard.copy("hi")
        #expect(!report.isConfirmed)
        #expect(report.summary == "Sent 2 bytes to the terminal via OSC 52; it may not support it")
    }

    @Test func tooLargeWithoutToolIsReportedAsFailure() {
        let clipboard = Clipboard(
            environment: ["PATH": "/nonexistent"], maxSequenceBytes: 16,
            writeToTerminal: { _ in Issue.record("sequence over the cap was written"); return true },
            runTool: { _, _, _ in 0 }
        )
        let report = clipboard.copy(String(repeating: "x", count: 40))
        #expect(!report.succeeded)
        #expect(report.summary == "Copy failed: too large for OSC 52 (64 > 16 bytes)")
    }
}
