import DossierCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches one web page with FoundationNetworking's `URLSession` (libcurl underneath):
/// at most `maximumRedirects` redirects (a loop is an error), a timeout, a size cap of
/// `HTMLPage.maximumBytes`, gzip/deflate decoded by libcurl, and a User-Agent naming Dossier.
/// Every failure is a one-line `DossierError` naming the URL and the reason.
enum PageFetcher {
    static let maximumRedirects = 10
    static let userAgent = "Dossier/\(DossierVersion.current) (terminal reader of expert roundups; +https://github.com/dossier)"
    /// Content types read as pages; anything else is refused before its body is read.
    static let acceptedTypes = ["text/html", "application/xhtml+xml", "text/plain", "text/markdown"]

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
        let fetch = Fetch(address: address, timeout: timeout)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpAdditionalHeaders = [
            "User-Agent": userAgent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1",
        ]
        let session = URLSession(configuration: configuration, delegate: fetch, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        session.dataTask(with: request).resume()
        return try fetch.wait()
    }
}

/// The state of one fetch, filled in by URLSession's delegate callbacks (on its queue) and
/// read once by the waiting thread.
private final class Fetch: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let address: String
    let timeout: TimeInterval
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()
    private var visited: Set<String> = []
    private var failure: DossierError?
    private var response: HTTPURLResponse?

    init(address: String, timeout: TimeInterval) {
        self.address = address
        self.timeout = timeout
        visited.insert(address)
    }

    func wait() throws -> PageFetcher.Page {
        done.wait()
        return try lock.withLock {
            if let failure { throw failure }
            guard let response else { throw DossierError("\(address): no response") }
            return PageFetcher.Page(data: data, url: response.url?.absoluteString ?? address,
                                    contentType: response.value(forHTTPHeaderField: "Content-Type"))
        }
    }

    private func fail(_ reason: String, _ task: URLSessionTask?) {
        lock.withLock { if failure == nil { failure = DossierError("\(address): \(reason)") } }
        task?.cancel()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let next = request.url?.absoluteString ?? ""
        let (loop, count) = lock.withLock { (!visited.insert(next).inserted, visited.count - 1) }
        // Refusing a redirect delivers the 3xx response itself, where the task is cancelled
        // (cancelling here, inside the callback, crashes FoundationNetworking).
        if loop {
            fail("redirect loop (\(next) again after \(count + 1) redirects)", nil)
            completionHandler(nil)
        } else if count > PageFetcher.maximumRedirects {
            fail("more than \(PageFetcher.maximumRedirects) redirects", nil)
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else { completionHandler(.allow); return }
        let failed = lock.withLock { self.response = http; return failure != nil }
        if failed { completionHandler(.cancel); return }
        let type = http.value(forHTTPHeaderField: "Content-Type")?.lowercased() ?? ""
        if !(200..<300).contains(http.statusCode) {
            fail("HTTP \(http.statusCode) \(HTTPURLResponse.localizedString(forStatusCode: http.statusCode))", dataTask)
            completionHandler(.cancel)
        } else if !type.isEmpty, !PageFetcher.acceptedTypes.contains(where: type.hasPrefix) {
            fail("not HTML or text (Content-Type \(type))", dataTask)
            completionHandler(.cancel)
        } else if http.expectedContentLength > Int64(HTMLPage.maximumBytes) {
            fail(tooLarge, dataTask)
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    private var tooLarge: String { "page is over the \(HTMLPage.maximumBytes / 1024 / 1024) MiB limit for one page" }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive chunk: Data) {
        let size = lock.withLock { data.append(chunk); return data.count }
        if size > HTMLPage.maximumBytes { fail(tooLarge, dataTask) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error = error as? URLError {
            let reason: String
            switch error.code {
            case .cannotFindHost, .dnsLookupFailed: reason = "host not found (DNS)"
            case .cannotConnectToHost: reason = "connection refused"
            case .timedOut: reason = "timed out after \(Int(timeout)) s"
            case .httpTooManyRedirects: reason = "redirect loop"
            case .networkConnectionLost: reason = "connection lost"
            case .notConnectedToInternet: reason = "no network"
            case .cancelled: reason = "cancelled"
            default: reason = error.localizedDescription
            }
            lock.withLock { if failure == nil { failure = DossierError("\(address): \(reason)") } }
        } else if let error {
            lock.withLock { if failure == nil { failure = DossierError("\(address): \(error.localizedDescription)") } }
        }
        done.signal()
    }
}
