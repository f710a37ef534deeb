import CZlib
import DossierCore
import Foundation

/// zlib (deflate) for the article sources the library keeps: roundup pages shrink 4–8×.
enum SourceCompression {
    static func compress(_ data: Data) throws -> Data {
        guard !data.isEmpty else { return Data() }
        var length = compressBound(uLong(data.count))
        var output = Data(count: Int(length))
        let status = output.withUnsafeMutableBytes { out in
            data.withUnsafeBytes { input in
                compress2(out.bindMemory(to: Bytef.self).baseAddress, &length,
                          input.bindMemory(to: Bytef.self).baseAddress, uLong(data.count), 6)
            }
        }
        guard status == Z_OK else { throw DossierError("cannot compress an article source (zlib error \(status))", code: .library) }
        output.count = Int(length)
        return output
    }

    static func decompress(_ data: Data, originalSize: Int) throws -> Data {
        guard originalSize > 0 else { return Data() }
        var length = uLong(originalSize)
        var output = Data(count: originalSize)
        let status = output.withUnsafeMutableBytes { out in
            data.withUnsafeBytes { input in
                uncompress(out.bindMemory(to: Bytef.self).baseAddress, &length,
                           input.bindMemory(to: Bytef.self).baseAddress, uLong(data.count))
            }
        }
        guard status == Z_OK, Int(length) == originalSize else {
            throw DossierError("a stored article source is damaged (zlib error \(status))", code: .library)
        }
        return output
    }
}
