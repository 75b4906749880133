import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// What a tally reads of one result line: the visit's day, context, outcome, age, each
/// instrument's status and band, the referrals — or the error code of a rejected request.
///
/// `scan` reads it straight from the bytes, skipping every other field without building a tree
/// (a result line is about 1.5 KB, of which a tally needs a tenth); on anything it does not fully
/// understand (an escape in a string, an unexpected type) it gives up and `read` decodes the same
/// bytes through the strict reader. `TallyTests` checks that both agree.
package struct ResultLine: Equatable {
    package var assessedOn: String?
    package var context: [Pair] = []
    /// The error code, for an error object.
    package var error: String?
    /// The visit's outcome; nil when the line is no result.
    package var outcome: String?
    package var chronologicalMonths: Int?
    package var results: [Result] = []
    package var referrals: [Referral] = []

    package struct Pair: Equatable { var key: String; var value: String }

    package struct Result: Equatable {
        package var instrument = ""
        package var status, form: String?
        package var ageMonths: Int?
        package var band, bandAtLeast, outcome, reasonCode: String?
        package var critical: [String] = []
    }

    package struct Referral: Equatable {
        package var referral = "", urgency = ""
        package var dueBy: String?
    }

    // MARK: - Through the strict reader

    package static func read(_ line: UnsafeBufferPointer<UInt8>) -> ResultLine? {
        guard let value = try? JSONReader().parse(line), case .object(let top) = value else { return nil }
        var r = ResultLine()
        r.assessedOn = string(top, "assessed_on")
        if case .object(let c)? = field(top, "context") {
            r.context = c.compactMap { if case .string(let v) = $0.value { Pair(key: $0.key, value: v) } else { nil } }
        }
        if case .object(let e)? = field(top, "error") {
            r.error = string(e, "code") ?? "unknown"
            return r
        }
        guard case .array(let results)? = field(top, "results") else { return r }
        r.outcome = string(top, "outcome")
        if case .object(let age)? = field(top, "age"), case .object(let chrono)? = field(age, "chronological"),
           case .number(let m)? = field(chrono, "months") { r.chronologicalMonths = Int(m) }
        for case .object(let o) in results {
            guard let id = string(o, "instrument") else { continue }
            var x = Result(instrument: id)
            x.status = string(o, "status")
            x.form = string(o, "form")
            if case .number(let m)? = field(o, "age_months") { x.ageMonths = Int(m) }
            x.band = string(o, "band")
            x.bandAtLeast = string(o, "band_at_least")
            x.outcome = string(o, "outcome")
            x.reasonCode = string(o, "reason_code")
            if case .array(let c)? = field(o, "critical") { x.critical = c.compactMap { if case .string(let s) = $0 { s } else { nil } } }
            r.results.append(x)
        }
        if case .array(let referrals)? = field(top, "referrals") {
            for case .object(let m) in referrals {
                guard let referral = string(m, "referral"), let urgency = string(m, "urgency") else { continue }
                r.referrals.append(Referral(referral: referral, urgency: urgency, dueBy: string(m, "due_by")))
            }
        }
        return r
    }

    package static func field(_ o: [(key: String, value: JSONValue)], _ key: String) -> JSONValue? {
        for p in o where p.key == key { return p.value }
        return nil
    }

    package static func string(_ o: [(key: String, value: JSONValue)], _ key: String) -> String? {
        if case .string(let s)? = field(o, key) { return s }
        return nil
    }

    // MARK: - Straight from the bytes

    package static func scan(_ line: UnsafeBufferPointer<UInt8>) -> ResultLine? {
        var s = Scanner(b: line)
        var r = ResultLine()
        var isResult = false
        let ok = s.object { s, key in
            if s.is(key, "assessed_on") {
                guard let v = s.stringOrNull() else { return false }
                r.assessedOn = v
            } else if s.is(key, "context") {
                return s.object { s, k in
                    guard let v = s.string() else { return false }
                    r.context.append(Pair(key: s.text(k), value: v))
                    return true
                }
            } else if s.is(key, "error") {
                r.error = "unknown"
                return s.object { s, k in
                    if s.is(k, "code") { guard let v = s.string() else { return false }; r.error = v; return true }
                    return s.skip()
                }
            } else if s.is(key, "outcome") {
                guard let v = s.string() else { return false }
                r.outcome = v
            } else if s.is(key, "age") {
                return s.object { s, k in
                    guard s.is(k, "chronological") else { return s.skip() }
                    return s.object { s, k in
                        guard s.is(k, "months") else { return s.skip() }
                        guard let m = s.int() else { return false }
                        r.chronologicalMonths = m
                        return true
                    }
                }
            } else if s.is(key, "results") {
                isResult = true
                return s.array { s in
                    var x = Result()
                    let ok = s.object { s, k in
                        if s.is(k, "instrument") { guard let v = s.string() else { return false }; x.instrument = v }
                        else if s.is(k, "status") { guard let v = s.stringOrNull() else { return false }; x.status = v }
                        else if s.is(k, "form") { guard let v = s.stringOrNull() else { return false }; x.form = v }
                        else if s.is(k, "band") { guard let v = s.stringOrNull() else { return false }; x.band = v }
                        else if s.is(k, "band_at_least") { guard let v = s.stringOrNull() else { return false }; x.bandAtLeast = v }
                        else if s.is(k, "outcome") { guard let v = s.stringOrNull() else { return false }; x.outcome = v }
                        else if s.is(k, "reason_code") { guard let v = s.stringOrNull() else { return false }; x.reasonCode = v }
                        else if s.is(k, "age_months") { guard let m = s.int() else { return false }; x.ageMonths = m }
                        else if s.is(k, "critical") {
                            return s.array { s in
                                guard let v = s.string() else { return false }
                                x.critical.append(v)
                                return true
                            }
                        } else { return s.skip() }
                        return true
                    }
                    guard ok, !x.instrument.isEmpty else { return false }
                    r.results.append(x)
                    return true
                }
            } else if s.is(key, "referrals") {
                return s.array { s in
                    var m = Referral()
                    let ok = s.object { s, k in
                        if s.is(k, "referral") { guard let v = s.string() else { return false }; m.referral = v }
                        else if s.is(k, "urgency") { guard let v = s.string() else { return false }; m.urgency = v }
                        else if s.is(k, "due_by") { guard let v = s.stringOrNull() else { return false }; m.dueBy = v }
                        else { return s.skip() }
                        return true
                    }
                    guard ok, !m.referral.isEmpty, !m.urgency.isEmpty else { return false }
                    r.referrals.append(m)
                    return true
                }
            } else {
                return s.skip()
            }
            return true
        }
        s.space()
        guard ok, s.i == line.count else { return nil }
        if r.error != nil { return ResultLine(assessedOn: r.assessedOn, context: r.context, error: r.error) }
        if !isResult { r.outcome = nil; r.results = []; r.referrals = []; r.chronologicalMonths = nil }
        return r
    }

    /// JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    package static func isNumber(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        func digits() -> Int { let s = k; while k < w.count, w[k] >= 0x30, w[k] <= 0x39 { k += 1 }; return k - s }
        if k < w.count, w[k] == 0x2D { k += 1 }
        if k < w.count, w[k] == 0x30 { k += 1 } else if digits() == 0 { return false }
        if k < w.count, w[k] == 0x2E { k += 1; if digits() == 0 { return false } }
        if k < w.count, w[k] == 0x65 || w[k] == 0x45 {
            k += 1
            if k < w.count, w[k] == 0x2B || w[k] == 0x2D { k += 1 }
            if digits() == 0 { return false }
        }
        guard k == w.count else { return false }
        // Out of a double's range is an error for the strict reader (1e400).
        let exponent = w.contains(0x65) || w.contains(0x45)
        return (!exponent && w.count < 300) || Double(String(decoding: w, as: UTF8.self))?.isFinite == true
    }

    /// A JSON walker that reads only plain strings (no escapes) and whole numbers, and skips the rest.
    package struct Scanner {
        package let b: UnsafeBufferPointer<UInt8>
        package var i = 0
        package var depth = 0

        package mutating func space() { JSONBytes.skipSpace(b, &i) }

        package mutating func take(_ c: UInt8) -> Bool {
            space()
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }

        package func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }

        package func `is`(_ r: Range<Int>, _ word: StaticString) -> Bool {
            guard r.count == word.utf8CodeUnitCount else { return false }
            let w = word.utf8Start
            for k in 0..<r.count where b[r.lowerBound + k] != w[k] { return false }
            return true
        }

        /// A string without escapes or control characters, valid UTF-8.
        package mutating func raw() -> Range<Int>? { JSONBytes.plainString(b, &i) }

        package mutating func string() -> String? { raw().map(text) }

        /// nil when the value is neither a plain string nor null; .some(nil) for null.
        package mutating func stringOrNull() -> String?? {
            space()
            if i + 4 <= b.count, b[i] == 0x6E, b[i + 1] == 0x75, b[i + 2] == 0x6C, b[i + 3] == 0x6C { i += 4; return .some(nil) }
            guard let s = string() else { return nil }
            return .some(s)
        }

        package mutating func int() -> Int? {
            space()
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            guard i > start, i - start <= 9, b[start] != 0x30 || i - start == 1 else { return nil }
            if i < b.count, b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45 { return nil }
            var n = 0
            for k in start..<i { n = n * 10 + Int(b[k] - 0x30) }
            return n
        }

        package mutating func object(_ field: (inout Scanner, Range<Int>) -> Bool) -> Bool {
            guard take(0x7B) else { return false }
            depth += 1
            defer { depth -= 1 }
            guard depth <= 64 else { return false }
            if take(0x7D) { return true }
            // A key twice makes the line invalid JSON for the strict reader: give up on it too.
            return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 64) { keys -> Bool in
                var n = 0
                repeat {
                    guard let key = raw(), n < keys.count else { return false }
                    for k in 0..<n where keys[k].count == key.count && b[keys[k]].elementsEqual(b[key]) { return false }
                    keys[n] = key
                    n += 1
                    guard take(0x3A), field(&self, key) else { return false }
                } while take(0x2C)
                return take(0x7D)
            }
        }

        package mutating func array(_ element: (inout Scanner) -> Bool) -> Bool {
            guard take(0x5B) else { return false }
            depth += 1
            defer { depth -= 1 }
            guard depth <= 64 else { return false }
            if take(0x5D) { return true }
            repeat {
                guard element(&self) else { return false }
            } while take(0x2C)
            return take(0x5D)
        }

        /// Skips any value: strings with their escapes, numbers, literals, nested containers.
        package mutating func skip() -> Bool {
            space()
            guard i < b.count else { return false }
            switch b[i] {
            case 0x22:
                i += 1
                let start = i
                var ascii = true
                while i < b.count, b[i] != 0x22 {
                    let c = b[i]
                    if c < 0x20 { return false }
                    if c >= 0x80 { ascii = false }
                    guard c == 0x5C else { i += 1; continue }
                    guard i + 1 < b.count else { return false }
                    switch b[i + 1] {
                    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
                    case 0x75:
                        // \uXXXX outside the surrogates; a surrogate pair is left to the strict reader.
                        guard i + 6 <= b.count, let v = UInt16(String(decoding: UnsafeBufferPointer(rebasing: b[(i + 2)..<(i + 6)]), as: UTF8.self), radix: 16),
                              !(0xD800...0xDFFF).contains(v) else { return false }
                        i += 6
                    default: return false
                    }
                }
                guard i < b.count else { return false }
                if !ascii && String(validating: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self) == nil { return false }
                i += 1
                return true
            case 0x7B: return object { s, _ in s.skip() }
            case 0x5B: return array { s in s.skip() }
            default:
                let start = i
                while i < b.count, b[i] != 0x2C, b[i] != 0x7D, b[i] != 0x5D, b[i] != 0x20, b[i] != 0x0A, b[i] != 0x0D, b[i] != 0x09 { i += 1 }
                let word = UnsafeBufferPointer(rebasing: b[start..<i])
                if word.elementsEqual("null".utf8) || word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8) { return true }
                return ResultLine.isNumber(word)
            }
        }
    }
}
