import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fetches one web page through the `DossierFetch` library (FoundationNetworking's `URLSession`,
/// libcurl underneath): at most `maximumRedirects` redirects (a loop is an error), a timeout, a
/// size cap of `HTMLPage.maximumBytes`, gzip/deflate decoded by libcurl, and a User-Agent naming
/// Dossier. Every failure is a one-line `DossierError` naming the URL and the reason.
///
/// The library is opened (dlopen) on the first fetch, from beside the `dossier` executable
/// (its run path holds `$ORIGIN`), so that no other command loads FoundationNetworking and the
/// ~30 libraries under it at start-up (see DECISIONS.md, "Start-up: URL fetching …").
enum PageFetcher {
    static let maximumRedirects = 10
    static let userAgent = "Dossier/\(DossierVersion.current) (terminal reader of expert roundups; +https://github.com/dossier)"
    #if canImport(Darwin)
    static let libraryName = "libDossierFetch.dylib"
    #else
    static let libraryName = "libDossierFetch.so"
    #endif

    struct Page {
        var data: Data
        /// The URL after redirects.
        var url: String
        var contentType: String?
    }

    /// Whether a command-line argument is a URL rather than a path.
    static func isURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    static func fetch(_ address: String, timeout: TimeInterval) throws -> Page {
        guard let url = URL(string: address), url.host != nil else { throw DossierError("\(address): not a valid URL") }
        let fetchPage = try entry.mapError { DossierError("\(address): cannot fetch URLs: \($0.reason)", code: .environment) }.get()
        var body: UnsafeMutableRawPointer?
        var count = 0
        var finalURL: UnsafeMutablePointer<CChar>?, contentType: UnsafeMutablePointer<CChar>?, message: UnsafeMutablePointer<CChar>?
        defer { free(body); free(finalURL); free(contentType); free(message) }
        let status = fetchPage(address, timeout, userAgent, maximumRedirects, HTMLPage.maximumBytes,
                               &body, &count, &finalURL, &contentType, &message)
        guard status == 0 else { throw DossierError(message.map { String(cString: $0) } ?? "\(address): fetch failed") }
        return Page(data: body.map { Data(bytes: $0, count: count) } ?? Data(),
                    url: finalURL.map { String(cString: $0) } ?? address,
                    contentType: contentType.map { String(cString: $0) })
    }

    /// `dossier_fetch_page_v1` in Sources/DossierFetch: the same signature, spelled for C.
    typealias Entry = @convention(c) (
        UnsafePointer<CChar>, Double, UnsafePointer<CChar>, Int, Int,
        UnsafeMutablePointer<UnsafeMutableRawPointer?>, UnsafeMutablePointer<Int>,
        UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    ) -> Int32

    /// Opened once, on first use, and never closed (a Swift library cannot be unloaded).
    static let entry: Result<Entry, LoadFailure> = {
        guard let handle = dlopen(libraryName, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "\(libraryName) not found"
            return .failure(LoadFailure(reason: "\(reason) (`swift build` builds it beside dossier)"))
        }
        guard let symbol = dlsym(handle, "dossier_fetch_page_v1") else {
            return .failure(LoadFailure(reason: "\(libraryName) has no dossier_fetch_page_v1 (`swift build` rebuilds it)"))
        }
        return .success(unsafeBitCast(symbol, to: Entry.self))
    }()

    struct LoadFailure: Error {
        var reason: String
    }
}
