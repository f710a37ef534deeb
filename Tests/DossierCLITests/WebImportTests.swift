import Foundation
import Testing

/// `dossier parse|import URL` against the local server, `reparse`, and `verify` with the
/// library's kept sources; every failure is one line naming the URL and a non-zero exit.
@Suite(.serialized) struct WebImportTests {
    let server: LocalServer
    let library: String

    init() throws {
        server = try #require(LocalServer.shared, "python3 could not start Tests/Fixtures/html/server.py")
        library = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-web-\(UUID().uuidString)/lib.sqlite").path
    }

    func dossier(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, environment: ["DOSSIER_LIBRARY": library])
    }

    func articleCount() throws -> Int {
        let result = try dossier(["list", "articles", "--json"])
        return ((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [Any])?.count ?? 0
    }

    @Test func parseFollowsRedirectsAndReadsGzip() throws {
        let redirected = try dossier(["parse", "--json", server.url("redirect/4")])
        #expect(redirected.status == 0, "\(redirected.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(redirected.stdout.utf8)) as? [String: Any])
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["url"] as? String == "https://meridian-review.example/world/2025/11/black-sea-corridor-experts")
        let gzip = try dossier(["parse", server.url("gzip/judy-asks.html")])
        #expect(gzip.status == 0 && gzip.stdout.contains("3 experts · 3 quotes"), "\(gzip.stderr)")
        let cyrillic = try dossier(["parse", server.url("wrong-charset")])
        #expect(cyrillic.status == 0 && cyrillic.stdout.contains("Анна Мельникова"), "\(cyrillic.stderr)")
        let text = try dossier(["parse", "--page-text", server.url("no-charset")])
        #expect(text.stdout.hasPrefix("# Эксперты: чего ждать от переговоров по Карабаху\n"))
    }

    @Test(arguments: [
        ("missing", "HTTP 404 Not Found"),
        ("loop/a", "redirect loop"),
        ("redirect/12", "more than 10 redirects"),
        ("slow", "timed out after 1 s"),
        ("huge", "over the 20 MiB limit"),
        ("huge-declared", "over the 20 MiB limit"),
        ("binary", "binary file"),
        ("image", "not HTML or text (Content-Type image/gif)"),
        ("user-agent", "no attributed expert quotes found"),
    ])
    func failuresNameTheURLAndTheReason(path: String, reason: String) throws {
        let url = server.url(path)
        for command in [["parse", "--timeout", "1", url], ["import", "--timeout", "1", url]] {
            let result = try dossier(command)
            #expect(result.status == 1, "\(command)")
            let message = command[0] == "parse" ? result.stderr : result.stdout.components(separatedBy: "failed: ").last ?? ""
            #expect(message.contains(url + ": ") && message.contains(reason), "\(command): \(result.stderr)\(result.stdout)")
            #expect(message.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1)
        }
        #expect(try articleCount() == 0)  // nothing partial
    }

    @Test func refusedAndUnknownHosts() throws {
        let refused = try dossier(["parse", "http://127.0.0.1:1/page.html"])
        #expect(refused.status == 1 && refused.stderr.contains("http://127.0.0.1:1/page.html: connection refused"))
    }

    /// Fetching lives in libDossierFetch.so, opened only for a URL: the executable itself does not
    /// load FoundationNetworking, libcurl and the libraries under them (DECISIONS.md, "Start-up: URL fetching …").
    @Test func onlyTheFetchLibraryLoadsFoundationNetworking() throws {
        let executable = URL(fileURLWithPath: CLIRunner.binary)
        let library = executable.deletingLastPathComponent().appendingPathComponent("libDossierFetch.so").path
        #expect(FileManager.default.fileExists(atPath: library))
        let executableLibraries = try Self.ldd(executable.path)
        #expect(executableLibraries.contains("libFoundation.so"))
        #expect(!executableLibraries.contains("libFoundationNetworking") && !executableLibraries.contains("libcurl"), "\(executableLibraries)")
        #expect(try Self.ldd(library).contains("libFoundationNetworking"))
    }

    /// A copy of dossier without the library beside it: other commands work, a URL fails in one line.
    @Test func withoutTheFetchLibraryAURLFailsInOneLine() throws {
        let dir = URL(fileURLWithPath: library).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let copy = dir.appendingPathComponent("dossier").path
        try FileManager.default.copyItem(atPath: CLIRunner.binary, toPath: copy)
        let seed = try CLIRunner.run(["parse", CLIRunner.seed], executable: copy)
        #expect(seed.status == 0, "\(seed.stderr)")
        let url = server.url("pages/judy-asks.html")
        let result = try CLIRunner.run(["parse", url], executable: copy)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("dossier: \(url): cannot fetch URLs: libDossierFetch.so"), "\(result.stderr)")
        #expect(result.stderr.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1)
    }

    static func ldd(_ path: String) throws -> String {
        let process = Process(), out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ldd", path]
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    @Test func userAgentNamesDossier() throws {
        let result = try dossier(["parse", "--page-text", server.url("user-agent")])
        #expect(result.stdout.hasPrefix("Dossier/"), "\(result.stdout)")
    }

    @Test func aURLAlreadyImportedAddsNothing() throws {
        let first = try dossier(["import", server.url("pages/news-roundup-jsonld.html"), server.url("pages/judy-asks.html")])
        #expect(first.status == 0 && first.stdout.hasPrefix("2 new"), "\(first.stdout)")
        // The same page again, through redirects, and a file copy of it: all nothing new.
        let again = try dossier(["import", server.url("pages/news-roundup-jsonld.html"), server.url("redirect/2"),
                                 CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/html/news-roundup-jsonld.html").path])
        #expect(again.status == 0 && again.stdout.hasPrefix("0 new"), "\(again.stdout)")
        #expect(try articleCount() == 2)
    }

    @Test func verifyUsesTheKeptSourceAfterTheFileMoved() throws {
        let dir = URL(fileURLWithPath: library).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = dir.appendingPathComponent("page.html")
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/html/blockquote-experts.html"), to: page)
        #expect(try dossier(["import", page.path]).status == 0)
        let export = dir.appendingPathComponent("q.json").path
        let exported = try dossier(["export", "57fc4e85-02", "--format", "json", "-o", export])
        #expect(exported.status == 0, "\(exported.stderr)")
        let record = try String(contentsOfFile: export, encoding: .utf8)
        #expect(record.contains("Japan and the Philippines matter more"))
        let inFile = try dossier(["verify", export])
        #expect(inFile.status == 0 && inFile.stdout.contains("identical: 57fc4e85-02"), "\(inFile.stdout)\(inFile.stderr)")
        try FileManager.default.removeItem(at: page)
        let moved = try dossier(["verify", export])
        #expect(moved.status == 0 && moved.stdout.contains("in the library's copy of"), "\(moved.stdout)\(moved.stderr)")
    }

    @Test func reparseReportsAndKeepsIds() throws {
        let url = server.url("pages/experts-react.html")
        #expect(try dossier(["import", url]).status == 0)
        let before = try dossier(["search", "shadow fleet"]).stdout
        let result = try dossier(["reparse"])
        #expect(result.status == 0 && result.stdout.contains("0 article(s) changed, 1 unchanged, 0 not re-read"), "\(result.stdout)")
        #expect(try dossier(["search", "shadow fleet"]).stdout == before)
    }

    /// A library made before sources were kept: reparse reads the file when it still exists
    /// (and keeps it from then on), and names the article that has neither.
    @Test func reparseOnALibraryWithoutKeptSources() throws {
        let dir = URL(fileURLWithPath: library).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/html")
        for name in ["judy-asks.html", "broken-layout.html"] {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        #expect(try dossier(["import", dir.path]).status == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", library, "DELETE FROM article_source"]
        try sqlite.run(); sqlite.waitUntilExit()
        try FileManager.default.removeItem(at: dir.appendingPathComponent("broken-layout.html"))
        let result = try dossier(["reparse"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 unchanged, 1 not re-read"), "\(result.stdout)")
        #expect(result.stdout.contains("broken-layout.html: no stored source and no file; left as imported"))
        #expect(try articleCount() == 2)
    }
}
