import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// FoundationNetworking brings libcurl and some 30 libraries (TLS, Kerberos, LDAP, SSH, …) that
// cost every `dossier` process ~6 ms to load, though only `dossier import|parse URL` fetches.
// So the fetch lives in this separate dynamic library, which `dossier` opens (dlopen) only when
// an argument is a URL; see PageFetcher in Sources/dossier/Web and DECISIONS.md. It depends on
// nothing of Dossier's, and speaks C across the boundary: strings and bytes in malloc'd buffers.

/// Fetches one web page with FoundationNetworking's `URLSession` (libcurl underneath): at most
/// `maximumRedirects` redirects (a loop is an error), a stall `timeout` (and 4 × that for the whole
/// fetch), a size cap of `maximumBytes`, gzip/deflate decoded by libcurl, and `userAgent`.
///
/// Returns 0 and sets `body`/`bodyCount`, `finalURL` and `contentType` (nil when the server sent
/// none), or returns 1 and sets `message` to the one-line failure naming the address. Every buffer
/// set is malloc'd and the caller's to free.
@_cdecl("dossier_fetch_page_v1")
public func dossierFetchPage(
    _ address: UnsafePointer<CChar>, _ timeout: Double, _ userAgent: UnsafePointer<CChar>,
    _ maximumRedirects: Int, _ maximumBytes: Int,
    _ body: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ bodyCount: UnsafeMutablePointer<Int>,
    _ finalURL: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ contentType: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ message: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> Int32 {
    let address = String(cString: address)
    let limits = Limits(maximumRedirects: maximumRedirects, maximumBytes: maximumBytes)
    switch PageFetch.run(address, timeout: timeout, userAgent: String(cString: userAgent), limits: limits) {
    case .success(let page):
        bodyCount.pointee = page.data.count
        let bytes = malloc(max(page.data.count, 1))!
        page.data.copyBytes(to: bytes.assumingMemoryBound(to: UInt8.self), count: page.data.count)
        body.pointee = bytes
        finalURL.pointee = strdup(page.url)
        contentType.pointee = page.contentType.map { strdup($0) }
        return 0
    case .failure(let failure):
        message.pointee = strdup(failure.message)
        return 1
    }
}

struct Limits {
    var maximumRedirects: Int
    var maximumBytes: Int
}

struct FetchedPage {
    var data: Data
    /// The URL after redirects.
    var url: String
    var contentType: String?
}

/// A one-line failure: "ADDRESS: reason".
struct FetchFailure: Error {
    var message: String
}

enum PageFetch {
    /// Content types read as pages; anything else is refused before its body is read.
    static let acceptedTypes = ["text/html", "application/xhtml+xml", "text/plain", "text/markdown"]

    static func run(_ address: String, timeout: TimeInterval, userAgent: String, limits: Limits) -> Result<FetchedPage, FetchFailure> {
        guard let url = URL(string: address), url.host != nil else { return .failure(FetchFailure(message: "\(address): not a valid URL")) }
        let fetch = Fetch(address: address, timeout: timeout, limits: limits)
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
        return Result { try fetch.wait() }.mapError { $0 as? FetchFailure ?? FetchFailure(message: "\(address): \($0)") }
    }
}

/// The state of one fetch, filled in by URLSession's delegate callbacks (on its queue) and
/// read once by the waiting thread.
private final class Fetch: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let address: String
    let timeout: TimeInterval
    let limits: Limits
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()
    private var visited: Set<String> = []
    private var failure: FetchFailure?
    private var response: HTTPURLResponse?

    init(address: String, timeout: TimeInterval, limits: Limits) {
        self.address = address
        self.timeout = timeout
        self.limits = limits
        visited.insert(address)
    }

    func wait() throws -> FetchedPage {
        done.wait()
        return try lock.withLock {
            if let failure { throw failure }
            guard let response else { throw FetchFailure(message: "\(address): no response") }
            return FetchedPage(data: data, url: response.url?.absoluteString ?? address,
                               contentType: response.value(forHTTPHeaderField: "Content-Type"))
        }
    }

    private func fail(_ reason: String, _ task: URLSessionTask?) {
        lock.withLock { if failure == nil { failure = FetchFailure(message: "\(address): \(reason)") } }
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
        } else if count > limits.maximumRedirects {
            fail("more than \(limits.maximumRedirects) redirects", nil)
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
        } else if !type.isEmpty, !PageFetch.acceptedTypes.contains(where: type.hasPrefix) {
            fail("not HTML or text (Content-Type \(type))", dataTask)
            completionHandler(.cancel)
        } else if http.expectedContentLength > Int64(limits.maximumBytes) {
            fail(tooLarge, dataTask)
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    private var tooLarge: String { "page is over the \(limits.maximumBytes / 1024 / 1024) MiB limit for one page" }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive chunk: Data) {
        let size = lock.withLock { data.append(chunk); return data.count }
        if size > limits.maximumBytes { fail(tooLarge, dataTask) }
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
            lock.withLock { if failure == nil { failure = FetchFailure(message: "\(address): \(reason)") } }
        } else if let error {
            lock.withLock { if failure == nil { failure = FetchFailure(message: "\(address): \(error.localizedDescription)") } }
        }
        done.signal()
    }
}
