import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Writes JSON bytes with keys in the order the code gives them and numbers in one canonical form,
/// so the same result is always the same bytes.
///
/// The bytes are written through a pointer the writer owns: appending is a capacity check and a
/// copy. (On an `Array`, every appended byte paid a uniqueness check and the generic append path:
/// about a quarter of a stream's time.) Noncopyable, so that two writers never share the bytes.
package struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let pretty: Bool
    private var indent = 0
    /// Whether the next value in the current container needs a comma before it.
    private var needsComma = false

    package init(pretty: Bool = false, capacity: Int = 1024) {
        self.pretty = pretty
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// A copy of the bytes written so far.
    package var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
    package var byteCount: Int { count }
    /// Whether values are indented, one per line.
    package var isPretty: Bool { pretty }

    /// The bytes written so far, without copying them.
    package func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets what was written (keeping the memory): a stream writes many results through one
    /// writer without a new allocation for each.
    package mutating func removeAll() {
        count = 0
        indent = 0
        needsComma = false
        arrays = 0
    }

    /// Forgets everything written from `offset` on.
    package mutating func truncate(to offset: Int) {
        precondition(offset >= 0 && offset <= count, "JSONWriter: truncating past the end")
        count = offset
    }

    // MARK: - Bytes

    @inline(__always) private mutating func reserve(_ n: Int) {
        if capacity - count < n { grow(n) }
    }

    @inline(never) private mutating func grow(_ n: Int) {
        let larger = max(capacity * 2, count + n)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always) private mutating func put(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count &+= 1
    }

    @inline(__always) private mutating func put(_ p: UnsafeBufferPointer<UInt8>) {
        guard let from = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        (base + count).initialize(from: from, count: p.count)
        count &+= p.count
    }

    /// Raw bytes (digits made on the stack), copied without binding their memory to a type.
    @inline(__always) private mutating func put(raw p: UnsafeRawBufferPointer) {
        guard let from = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: from, byteCount: p.count)
        count &+= p.count
    }

    private mutating func put(_ s: StaticString) { s.withUTF8Buffer { put($0) } }

    /// A newline; results in a stream are one per line.
    package mutating func newlineByte() { put(0x0A) }

    /// Bytes that are already JSON text in place: they continue the current value (a result's
    /// tail prepared earlier), without a separator.
    package mutating func append(verbatim b: UnsafeBufferPointer<UInt8>) { put(b) }
    package mutating func append(verbatim b: [UInt8]) { b.withUnsafeBufferPointer { put($0) } }

    @inline(__always) private mutating func newline() {
        guard pretty else { return }
        put(0x0A)
        for _ in 0..<indent { put(0x20); put(0x20) }
    }

    @inline(__always) private mutating func separate() {
        if needsComma { put(UInt8(ascii: ",")) }
        needsComma = true
    }

    /// A key computed at run time (a score's name), escaped as any string.
    package mutating func key(dynamic k: String) {
        separate()
        newline()
        string(raw: k)
        put(UInt8(ascii: ":"))
        if pretty { put(0x20) }
        needsComma = false
    }

    /// A key known at compile time: its bytes are copied as they are (keys need no escaping).
    package mutating func key(_ k: StaticString) {
        if pretty {
            separate()
            newline()
            needsComma = false  // written
        }
        // The comma, the quoted key and the colon in one reserve (most of a result's calls are keys).
        let n = k.utf8CodeUnitCount
        reserve(n + 5)
        var at = count
        if needsComma {
            base[at] = UInt8(ascii: ",")
            at &+= 1
        }
        base[at] = UInt8(ascii: "\"")
        Self.copyShort(from: k.utf8Start, to: base + at + 1, n)
        base[at + 1 + n] = UInt8(ascii: "\"")
        base[at + 2 + n] = UInt8(ascii: ":")
        count = at &+ n &+ 3
        if pretty { put(0x20) }
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
        put(c)
        precondition(indent < 63, "JSONWriter: nested too deep")
        arrays = arrays << 1 | (array ? 1 : 0)
        indent += 1
        needsComma = false
    }

    private mutating func close(_ c: UInt8) {
        indent -= 1
        let last = count > 0 ? base[count - 1] : 0
        let empty = last == UInt8(ascii: "{") || last == UInt8(ascii: "[")
        if !empty { newline() }
        put(c)
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
        valuePrefix()
        // Whole numbers (most scores) as Number.format writes them, without making a String.
        if v == v.rounded(), abs(v) < 9_007_199_254_740_992 { digits(Int(v), width: 1) } else {
            var s = Number.format(v)
            s.withUTF8 { put($0) }
        }
        needsComma = true
    }
    /// A number given in tenths (ages in months to one decimal), written as `number` writes
    /// `Double(t) / 10` (`30.4`, `18`), without making a String.
    package mutating func tenths(_ t: Int) { valuePrefix(); append(tenths: t); needsComma = true }
    package mutating func int(_ v: Int) { valuePrefix(); digits(v, width: 1); needsComma = true }

    // In place, without a separator: values filled into bytes prepared earlier (ESLane).
    package mutating func append(int v: Int) { digits(v, width: 1) }
    package mutating func append(tenths t: Int) {
        if t < 0 { put(UInt8(ascii: "-")) }
        digits(abs(t) / 10, width: 1)
        if abs(t) % 10 != 0 { put(UInt8(ascii: ".")); put(UInt8(ascii: "0") + UInt8(abs(t) % 10)) }
    }
    /// A plain string's bytes (no escapes or control characters), quoted; or null.
    package mutating func append(plainString b: UnsafeBufferPointer<UInt8>?) {
        guard let b else { return put("null") }
        put(UInt8(ascii: "\""))
        put(b)
        put(UInt8(ascii: "\""))
    }
    /// A date as "YYYY-MM-DD" (five digits past 9999), without making a String.
    package mutating func date(_ d: CalendarDate) {
        valuePrefix()
        append(date: d)
        needsComma = true
    }

    /// A quoted date in place, without a separator (a date filled into a prepared tail).
    package mutating func append(date d: CalendarDate) {
        put(UInt8(ascii: "\""))
        digits(d.year, width: 4); put(UInt8(ascii: "-"))
        digits(d.month, width: 2); put(UInt8(ascii: "-"))
        digits(d.day, width: 2)
        put(UInt8(ascii: "\""))
    }

    /// Decimal digits, zero-padded to `width`.
    private mutating func digits(_ v: Int, width: Int) {
        if v < 0 { put(UInt8(ascii: "-")) }
        var n = v.magnitude
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for any Int's digits
        withUnsafeMutableBytes(of: &buffer) { raw in
            var k = raw.count
            repeat {
                k -= 1
                raw[k] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
            } while n > 0 || raw.count - k < width
            put(raw: UnsafeRawBufferPointer(rebasing: raw[k...]))
        }
    }
    package mutating func bool(_ v: Bool) { valuePrefix(); put(v ? "true" : "false"); needsComma = true }
    package mutating func null() { valuePrefix(); put("null"); needsComma = true }
    package mutating func optional(_ s: String?) { if let s { string(s) } else { null() } }
    /// A value that is already JSON (a result encoded elsewhere).
    package mutating func raw(_ json: [UInt8]) { valuePrefix(); append(verbatim: json); needsComma = true }

    /// A key's few bytes, without a call to memmove.
    @inline(__always) private static func copyShort(from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, _ n: Int) {
        // Whole words, then the last bytes as two overlapping pieces of the largest size that fits
        // (a key's tail took a byte-by-byte loop).
        @inline(__always) func piece<T: FixedWidthInteger>(_: T.Type, _ at: Int) {
            UnsafeMutableRawPointer(to + at).storeBytes(of: UnsafeRawPointer(from + at).loadUnaligned(as: T.self), as: T.self)
        }
        var i = 0
        while i + 8 <= n {
            piece(UInt64.self, i)
            i += 8
        }
        let rest = n - i
        if rest >= 4 {
            piece(UInt32.self, i); piece(UInt32.self, n - 4)
        } else if rest >= 2 {
            piece(UInt16.self, i); piece(UInt16.self, n - 2)
        } else if rest == 1 {
            to[i] = from[i]
        }
    }

    /// Copies `u` to `to` (room for it reserved) unless a byte needs escaping (a control
    /// character, a quote or a backslash): then false, and what was copied is to be ignored.
    /// Titles and messages are most of a result's bytes, so eight are checked at a time; bytes of
    /// 0x80 and above never match.
    @inline(__always) package static func copyUnlessEscaping(_ u: UnsafeBufferPointer<UInt8>, to: UnsafeMutablePointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        guard let p = u.baseAddress else { return true }
        var i = 0
        while i + 8 <= u.count {
            let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            // A byte below 0x20: x - 0x20 borrows into its high bit, which x itself lacks.
            if (x &- ones &* 0x20) & ~x & highs != 0 || hasZero(x ^ (ones &* 0x22)) || hasZero(x ^ (ones &* 0x5C)) { return false }
            UnsafeMutableRawPointer(to + i).storeBytes(of: x, as: UInt64.self)
            i += 8
        }
        while i < u.count {
            let c = p[i]
            if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { return false }
            to[i] = c
            i += 1
        }
        return true
    }

    private mutating func string(raw s: String) {
        // Most strings need no escaping: checked and copied in one pass (a small string's bytes
        // are given a buffer too).
        let copied = s.utf8.withContiguousStorageIfAvailable { u -> Bool in
            reserve(u.count + 2)
            base[count] = UInt8(ascii: "\"")
            guard Self.copyUnlessEscaping(u, to: base + count + 1) else { return false }
            base[count + 1 + u.count] = UInt8(ascii: "\"")
            count &+= u.count + 2
            return true
        }
        if copied == true { return }
        put(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): put(0x5C); put(b)
            case UInt8(ascii: "\\"): put(0x5C); put(b)
            case 0x0A: put(0x5C); put(UInt8(ascii: "n"))
            case 0x0D: put(0x5C); put(UInt8(ascii: "r"))
            case 0x09: put(0x5C); put(UInt8(ascii: "t"))
            case 0..<0x20:
                put("\\u00")
                put(hex[Int(b >> 4)])
                put(hex[Int(b & 0xF)])
            default: put(b)
            }
        }
        put(UInt8(ascii: "\""))
    }
}
