import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Writes JSON bytes with keys in the order the code gives them and numbers in one canonical form,
/// so the same result is always the same bytes.
package struct JSONWriter {
    package private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var indent = 0
    /// Whether the next value in the current container needs a comma before it.
    private var needsComma = false

    package init(pretty: Bool = false, capacity: Int = 1024) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// A writer that appends to `buffer`, which it holds until `finish(into:)` hands it back: a
    /// stream writes many results into one buffer without a new allocation for each.
    package init(appendingTo buffer: inout [UInt8]) {
        pretty = false
        swap(&bytes, &buffer)
    }

    /// Hands the bytes back to the buffer given to `init(appendingTo:)`.
    package mutating func finish(into buffer: inout [UInt8]) { swap(&bytes, &buffer) }

    /// Bytes that are already JSON text in place: they continue the current value (a result's
    /// tail prepared earlier), without a separator.
    package mutating func append(verbatim b: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: b) }

    private mutating func newline() {
        guard pretty else { return }
        bytes.append(0x0A)
        for _ in 0..<indent { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// A key computed at run time (a score's name), escaped as any string.
    package mutating func key(dynamic k: String) {
        separate()
        newline()
        string(raw: k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        needsComma = false
    }

    /// A key known at compile time: its bytes are copied as they are (keys need no escaping).
    package mutating func key(_ k: StaticString) {
        separate()
        newline()
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
        needsComma = false
    }

    /// Open containers as a stack of bits, innermost lowest: 1 for an array. A bit stack rather
    /// than an array, so that writing a result allocates nothing but its bytes; results nest
    /// far less than 64 deep.
    private var arrays: UInt64 = 0

    package mutating func beginObject() { open(UInt8(ascii: "{"), array: false) }
    package mutating func endObject() { close(UInt8(ascii: "}")) }
    package mutating func beginArray() { open(UInt8(ascii: "["), array: true) }
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ c: UInt8, array: Bool) {
        valuePrefix()
        bytes.append(c)
        precondition(indent < 63, "JSONWriter: nested too deep")
        arrays = arrays << 1 | (array ? 1 : 0)
        indent += 1
        needsComma = false
    }

    private mutating func close(_ c: UInt8) {
        indent -= 1
        let empty = bytes.last == UInt8(ascii: "{") || bytes.last == UInt8(ascii: "[")
        if !empty { newline() }
        bytes.append(c)
        arrays >>= 1
        needsComma = true
    }

    /// In arrays, values are separated here; in objects, `key` already did it.
    private mutating func valuePrefix() {
        if indent > 0 && arrays & 1 == 1 {
            separate()
            newline()
        }
    }

    package mutating func string(_ s: String) { valuePrefix(); string(raw: s); needsComma = true }
    /// A finite number; an infinite or undefined one is `null` (JSON has no infinity: a score range
    /// with no bound at one end reads `[null, 10]`).
    package mutating func number(_ v: Double) {
        guard v.isFinite else { return null() }
        valuePrefix(); bytes.append(contentsOf: Number.format(v).utf8); needsComma = true
    }
    /// A number given in tenths (ages in months to one decimal), written as `number` writes
    /// `Double(t) / 10` (`30.4`, `18`), without making a String.
    package mutating func tenths(_ t: Int) { valuePrefix(); append(tenths: t); needsComma = true }
    package mutating func int(_ v: Int) { valuePrefix(); digits(v, width: 1); needsComma = true }

    // In place, without a separator: values filled into bytes prepared earlier (ESLane).
    package mutating func append(int v: Int) { digits(v, width: 1) }
    package mutating func append(tenths t: Int) {
        if t < 0 { bytes.append(UInt8(ascii: "-")) }
        digits(abs(t) / 10, width: 1)
        if abs(t) % 10 != 0 { bytes.append(UInt8(ascii: ".")); bytes.append(UInt8(ascii: "0") + UInt8(abs(t) % 10)) }
    }
    /// A plain string's bytes (no escapes or control characters), quoted; or null.
    package mutating func append(plainString b: UnsafeBufferPointer<UInt8>?) {
        guard let b else { return bytes.append(contentsOf: "null".utf8) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: b)
        bytes.append(UInt8(ascii: "\""))
    }
    /// A date as "YYYY-MM-DD" (five digits past 9999), without making a String.
    package mutating func date(_ d: CalendarDate) {
        valuePrefix()
        append(date: d)
        needsComma = true
    }

    /// A quoted date in place, without a separator (a date filled into a prepared tail).
    package mutating func append(date d: CalendarDate) {
        bytes.append(UInt8(ascii: "\""))
        digits(d.year, width: 4); bytes.append(UInt8(ascii: "-"))
        digits(d.month, width: 2); bytes.append(UInt8(ascii: "-"))
        digits(d.day, width: 2)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Decimal digits, zero-padded to `width`.
    private mutating func digits(_ v: Int, width: Int) {
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var n = v.magnitude
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any Int's digits
        let count = withUnsafeMutableBytes(of: &buffer) { raw -> Int in
            var k = raw.count
            repeat {
                k -= 1
                raw[k] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
            } while n > 0 || raw.count - k < width
            bytes.append(contentsOf: raw[k...])
            return raw.count - k
        }
        _ = count
    }
    package mutating func bool(_ v: Bool) { valuePrefix(); bytes.append(contentsOf: (v ? "true" : "false").utf8); needsComma = true }
    package mutating func null() { valuePrefix(); bytes.append(contentsOf: "null".utf8); needsComma = true }
    package mutating func optional(_ s: String?) { if let s { string(s) } else { null() } }
    /// A value that is already JSON (a result encoded elsewhere).
    package mutating func raw(_ json: [UInt8]) { valuePrefix(); bytes.append(contentsOf: json); needsComma = true }

    private mutating func string(raw s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escaping: copy them whole (withUTF8 gives small strings a buffer too).
        var s = s
        let copied = s.withUTF8 { u -> Bool in
            for c in u where c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return false }
            bytes.append(contentsOf: u)
            return true
        }
        if copied {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(0x5C); bytes.append(b)
            case UInt8(ascii: "\\"): bytes.append(0x5C); bytes.append(b)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(b >> 4)])
                bytes.append(hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
