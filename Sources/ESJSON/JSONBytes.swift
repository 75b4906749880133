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
}
