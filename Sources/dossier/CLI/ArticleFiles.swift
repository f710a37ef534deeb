import DossierCore
import Foundation

/// Expands the paths given to `dossier import`: files as given, folders recursively
/// (`.txt`, `.md`, `.html`, `.htm`), in a stable order.
enum ArticleFiles {
    static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    /// The files to import, plus a failure for each path that does not exist.
    static func expand(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            if PageFetcher.isURL(path) { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard let enumerator = manager.enumerator(atPath: path) else { continue }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                guard extensions.contains((relative as NSString).pathExtension.lowercased()) else { continue }
                found.append((path as NSString).appendingPathComponent(relative))
            }
            files += found.sorted()
        }
        return (files, missing)
    }
}
