/// SQLite-style unsigned LEB128 varints for the accelerator's posting blocks.
enum Varint {
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// The bytes `append` writes for `value`.
    @inline(__always)
    static func size(_ value: UInt64) -> Int {
        var v = value, count = 1
        while v >= 0x80 { v >>= 7; count += 1 }
        return count
    }

    /// Reads one varint at `offset`, advancing it; nil when the bytes end first (a corrupt block).
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> UInt64? {
        if offset < bytes.count, bytes[offset] < 0x80 {  // most values: one byte
            offset += 1
            return UInt64(bytes[offset - 1])
        }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
            if shift > 63 { return nil }
        }
        return nil
    }
}
