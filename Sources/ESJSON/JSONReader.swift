import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// A strict JSON parser over UTF-8 bytes (RFC 8259): exact byte offsets in errors, duplicate keys
/// rejected with a JSON Pointer, a nesting limit, and numbers that must fit a double.
package struct JSONReader: Sendable {
    package var maxDepth = 64

    package init() {}

    package func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(RequestError) -> JSONValue {
        var p = Cursor(b: bytes, maxDepth: maxDepth)
        p.skipSpace()
        if p.i < bytes.count - 2, bytes[p.i] == 0xEF, bytes[p.i + 1] == 0xBB, bytes[p.i + 2] == 0xBF {
            throw RequestError(.invalidJSON, "the input starts with a byte-order mark; send UTF-8 without one", offset: 0)
        }
        let v = try p.value()
        p.skipSpace()
        if p.i < bytes.count {
            throw RequestError(.invalidJSON, "unexpected \(p.describe()) after the end of the JSON value at byte \(p.i)", offset: p.i)
        }
        return v
    }

    package func parse(_ bytes: [UInt8]) throws(RequestError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(RequestError) -> JSONValue in try parse(b) }
    }
}

private struct Cursor {
    package let b: UnsafeBufferPointer<UInt8>
    package let maxDepth: Int
    package var i = 0
    package var depth = 0
    /// Where the parser is: for each open container, the offset of the current key's quote, or the
    /// current array index (as -1 - index). Turned into a JSON Pointer only when an error needs one.
    package var path: [Int] = []

    package init(b: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.b = b
        self.maxDepth = maxDepth
    }

    package func describe() -> String {
        guard i < b.count else { return "end of input" }
        let c = b[i]
        if c >= 0x21 && c < 0x7F { return "\"\(Character(Unicode.Scalar(c)))\"" }
        if c == 0 { return "NUL byte" }
        return "byte 0x" + String(c, radix: 16)
    }

    package func fail(_ what: String) -> RequestError {
        RequestError(.invalidJSON, "\(what) at byte \(i)", offset: i)
    }

    package mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    /// The RFC 6901 pointer of the value being parsed.
    package func pointer() -> String {
        var out = ""
        for step in path {
            if step < 0 {
                out += "/\(-1 - step)"
            } else {
                var c = Cursor(b: b, maxDepth: maxDepth)
                c.i = step
                out += "/" + JSONPointer.escape((try? c.string()) ?? "")
            }
        }
        return out
    }

    package mutating func value() throws(RequestError) -> JSONValue {
        skipSpace()
        guard i < b.count else { throw fail("unexpected end of input, expected a value") }
        switch b[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("unexpected \(describe()), expected a value")
        }
    }

    package mutating func literal(_ word: StaticString) throws(RequestError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { throw fail("unexpected \(describe())") }
        for k in 0..<n where b[i + k] != word.utf8Start[k] { throw fail("unexpected \(describe())") }
        i += n
    }

    package mutating func enter() throws(RequestError) {
        depth += 1
        if depth > maxDepth {
            throw RequestError(.tooDeep, "JSON nests deeper than \(maxDepth) levels at byte \(i)", offset: i)
        }
    }

    package mutating func object() throws(RequestError) -> JSONValue {
        try enter()
        i += 1
        var pairs: [(key: String, value: JSONValue)] = []
        // Keys are compared as bytes: "é" and "e\u0301" are different keys in JSON (Swift's ==
        // would call them equal). Past a few keys a set keeps the check linear in the object's size.
        var keySet: Set<[UInt8]>? = nil
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return .object(pairs) }
        while true {
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("unexpected \(describe()), expected a key in quotes") }
            let keyStart = i
            let key = try string()
            let seenBefore: Bool
            if keySet != nil {
                seenBefore = !keySet!.insert(Array(key.utf8)).inserted
            } else {
                seenBefore = pairs.contains { $0.key.utf8.elementsEqual(key.utf8) }
                if !seenBefore && pairs.count == 16 { keySet = Set(pairs.map { Array($0.key.utf8) } + [Array(key.utf8)]) }
            }
            if seenBefore {
                path.append(keyStart)
                throw RequestError(.duplicateKey, "key \"\(key)\" appears twice in the same object", pointer: pointer(), offset: keyStart)
            }
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("unexpected \(describe()), expected \":\"") }
            i += 1
            path.append(keyStart)
            pairs.append((key, try value()))
            path.removeLast()
            skipSpace()
            guard i < b.count else { throw fail("unexpected end of input in an object") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; break }
            throw fail("unexpected \(describe()), expected \",\" or \"}\"")
        }
        depth -= 1
        return .object(pairs)
    }

    package mutating func array() throws(RequestError) -> JSONValue {
        try enter()
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return .array(items) }
        while true {
            path.append(-1 - items.count)
            items.append(try value())
            path.removeLast()
            skipSpace()
            guard i < b.count else { throw fail("unexpected end of input in an array") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; break }
            throw fail("unexpected \(describe()), expected \",\" or \"]\"")
        }
        depth -= 1
        return .array(items)
    }

    package mutating func number() throws(RequestError) -> Double {
        let start = i
        if b[i] == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int {
            let s = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - s
        }
        guard i < b.count else { throw fail("unexpected end of input in a number") }
        if b[i] == UInt8(ascii: "0") { i += 1 } else if digits() == 0 { throw fail("unexpected \(describe()) in a number") }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { throw fail("a number needs digits after the decimal point") }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { throw fail("a number needs digits in its exponent") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        guard let v = Double(text), v.isFinite else {
            throw RequestError(.numberOutOfRange, "number \(text) does not fit a double", pointer: pointer(), offset: start)
        }
        return v
    }

    package mutating func string() throws(RequestError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes, all ASCII or valid UTF-8.
        var simple = true
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") { simple = false; break }
            if c < 0x20 { throw fail("control character 0x\(String(c, radix: 16)) inside a string; escape it") }
            i += 1
        }
        if simple {
            guard i < b.count else { throw RequestError(.invalidJSON, "string is not closed before the end of input", offset: start - 1) }
            let slice = UnsafeBufferPointer(rebasing: b[start..<i])
            // ASCII needs no validation; anything else is checked as UTF-8.
            var ascii = true
            for c in slice where c >= 0x80 { ascii = false; break }
            if ascii {
                i += 1
                return String(decoding: slice, as: UTF8.self)
            }
            guard let s = String(validating: slice, as: UTF8.self) else {
                throw RequestError(.invalidUTF8, "string at byte \(start - 1) is not valid UTF-8", offset: start - 1)
            }
            i += 1
            return s
        }
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else {
                    throw RequestError(.invalidUTF8, "string at byte \(start - 1) is not valid UTF-8", offset: start - 1)
                }
                return s
            }
            if c < 0x20 { throw fail("control character inside a string; escape it") }
            if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
            i += 1
            guard i < b.count else { break }
            switch b[i] {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if code >= 0xD800 && code < 0xDC00 {
                    guard i + 2 < b.count, b[i + 1] == UInt8(ascii: "\\"), b[i + 2] == UInt8(ascii: "u") else { throw fail("unpaired surrogate in \\u escape") }
                    i += 2
                    let low = try hex4()
                    guard low >= 0xDC00 && low < 0xE000 else { throw fail("unpaired surrogate in \\u escape") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if code >= 0xDC00 && code < 0xE000 {
                    throw fail("unpaired surrogate in \\u escape")
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
            default:
                throw fail("unknown escape \\\(describeEscaped())")
            }
            i += 1
        }
        throw RequestError(.invalidJSON, "string is not closed before the end of input", offset: start - 1)
    }

    package func describeEscaped() -> String { i < b.count && b[i] >= 0x21 && b[i] < 0x7F ? String(Character(Unicode.Scalar(b[i]))) : "?" }

    /// Reads the 4 hex digits after `\u`, leaving `i` on the last one.
    package mutating func hex4() throws(RequestError) -> UInt32 {
        guard i + 4 < b.count else { throw fail("\\u escape needs 4 hex digits") }
        var v: UInt32 = 0
        for k in 1...4 {
            let c = b[i + k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("\\u escape needs 4 hex digits")
            }
            v = v << 4 | d
        }
        i += 4
        return v
    }
}
