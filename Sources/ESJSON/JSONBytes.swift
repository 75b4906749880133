import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Byte-level pieces the two fast scanners share: requests in (`RequestScanner`) and result lines
/// for tallies (`ResultLine`). Each reads only the simple case and leaves the rest to the strict reader.
package enum JSONBytes {
    package static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    /// The bytes of a plain string at `i` (after white space): no escapes, no control characters,
    /// valid UTF-8. `i` moves past its closing quote; nil for anything else.
    package static func plainString(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Range<Int>? {
        skipSpace(b, &i)
        guard i < b.count, b[i] == 0x22 else { return nil }
        i += 1
        let start = i
        var ascii = true
        // Eight bytes at a time while they hold nothing to look at; the lowest byte `special`
        // marks is a quote, a backslash, a control or a non-ASCII byte, read by the loop below.
        if let p = b.baseAddress {
            while i + 8 <= b.count {
                let m = special(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                if m == 0 { i += 8; continue }
                i += m.trailingZeroBitCount >> 3
                guard p[i] >= 0x80 else { break }
                ascii = false
                i += 1
            }
        }
        while i < b.count, b[i] != 0x22 {
            if b[i] == 0x5C || b[i] < 0x20 { return nil }
            if b[i] >= 0x80 { ascii = false }
            i += 1
        }
        guard i < b.count else { return nil }
        let r = start..<i
        i += 1
        if !ascii && String(validating: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) == nil { return nil }
        return r
    }

    /// The high bit set in each byte of `x` (eight bytes, the first lowest) that is a quote, a
    /// backslash, below 0x20 or above 0x7F. A subtraction's borrow may also mark bytes above a
    /// marked one, never below it: the lowest mark is exact.
    @inline(__always) static func special(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zero(_ y: UInt64) -> UInt64 { (y &- ones) & ~y & highs }
        return zero(x ^ (ones &* 0x22)) | zero(x ^ (ones &* 0x5C)) | ((x &- ones &* 0x20) & ~x & highs) | (x & highs)
    }
}
