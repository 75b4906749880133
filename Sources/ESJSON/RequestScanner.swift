import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Decodes a well-formed `earlyscreen/request@1` straight from bytes, without a JSONValue tree:
/// the hot path of `evaluate --lines`.
///
/// It accepts only what it fully understands: plain strings (no escapes), the contract's keys once
/// each, the expected types. On anything else it returns nil and the strict path (JSONReader then
/// RequestDecoder) decodes the same bytes, so every error message and pointer has one source.
/// `RequestScannerTests` checks that both paths agree on every request the scanner accepts.
package struct RequestScanner {
    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// With a set: the answers to an instrument of one form are read into its option indices
    /// (`PickedAnswers`) when they allow it.
    private let set: InstrumentSet?

    package static func scan(_ bytes: UnsafeBufferPointer<UInt8>, set: InstrumentSet? = nil) -> ScreeningRequest? {
        var s = RequestScanner(b: bytes, set: set)
        return s.request()
    }

    private init(b: UnsafeBufferPointer<UInt8>, set: InstrumentSet?) {
        self.b = b
        self.set = set
    }

    // MARK: - Bytes

    private mutating func space() { JSONBytes.skipSpace(b, &i) }

    private mutating func take(_ c: UInt8) -> Bool {
        space()
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }

    private func peek() -> UInt8? { i < b.count ? b[i] : nil }

    /// A plain string's byte range: no escapes or control characters; non-ASCII must be valid UTF-8.
    private mutating func rawString() -> Range<Int>? { JSONBytes.plainString(b, &i) }

    private func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }

    private mutating func string() -> String? { rawString().map(text) }

    private func equals(_ r: Range<Int>, _ word: StaticString) -> Bool {
        guard r.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<r.count where b[r.lowerBound + k] != w[k] { return false }
        return true
    }

    private mutating func null() -> Bool {
        space()
        guard i + 4 <= b.count, b[i] == UInt8(ascii: "n"), b[i + 1] == UInt8(ascii: "u"), b[i + 2] == UInt8(ascii: "l"),
              b[i + 3] == UInt8(ascii: "l") else { return false }
        i += 4
        return true
    }

    /// A number written as digits with an optional fraction (what gestational ages look like).
    private mutating func number() -> Double? {
        space()
        let start = i
        while i < b.count, (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == UInt8(ascii: ".") { i += 1 }
        guard i > start, b[start] != UInt8(ascii: "."), i - start <= 12 else { return nil }
        if b[start] == UInt8(ascii: "0"), i - start > 1, b[start + 1] != UInt8(ascii: ".") { return nil }
        if b[i - 1] == UInt8(ascii: ".") { return nil }
        return Double(text(start..<i))
    }

    /// Walks an object's keys; `field` returns false to give up.
    private mutating func object(_ field: (inout RequestScanner, Range<Int>) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = rawString(), take(UInt8(ascii: ":")), field(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    // MARK: - The request

    private mutating func request() -> ScreeningRequest? {
        var seen: UInt8 = 0
        var id: String? = nil
        var birth: CalendarDate? = nil, assessed: CalendarDate? = nil
        var ga: Double? = nil
        var locale = Locale.en
        var responses: [Response]? = nil
        var context: [(key: String, value: String)] = []
        func once(_ bit: UInt8) -> Bool {
            if seen & bit != 0 { return false }
            seen |= bit
            return true
        }
        let ok = object { s, key in
            if s.equals(key, "format") {
                guard once(1), let r = s.rawString(), s.equals(r, "earlyscreen/request@1") else { return false }
            } else if s.equals(key, "id") {
                guard once(2) else { return false }
                if s.null() { return true }
                guard let r = s.rawString(), r.count <= RequestDecoder.maxIDLength else { return false }
                id = s.text(r)
            } else if s.equals(key, "child") {
                guard once(4) else { return false }
                var childSeen: UInt8 = 0
                return s.object { s, key in
                    if s.equals(key, "birth_date") {
                        guard childSeen & 1 == 0, let r = s.rawString(), let d = CalendarDate(iso: UnsafeBufferPointer(rebasing: s.b[r])) else { return false }
                        childSeen |= 1
                        birth = d
                    } else if s.equals(key, "gestational_age_weeks") {
                        guard childSeen & 2 == 0 else { return false }
                        childSeen |= 2
                        if s.null() { return true }
                        guard let n = s.number(), n >= 22, n <= 44 else { return false }
                        ga = n
                    } else if s.equals(key, "sex") {
                        guard childSeen & 4 == 0 else { return false }
                        childSeen |= 4
                        if s.null() { return true }
                        guard let r = s.rawString(), s.equals(r, "female") || s.equals(r, "male") || s.equals(r, "other") else { return false }
                    } else {
                        return false
                    }
                    return true
                }
            } else if s.equals(key, "assessed_on") {
                guard once(8), let r = s.rawString(), let d = CalendarDate(iso: UnsafeBufferPointer(rebasing: s.b[r])) else { return false }
                assessed = d
            } else if s.equals(key, "locale") {
                guard once(16) else { return false }
                if s.null() { return true }
                guard let r = s.rawString(), let l = Locale(rawValue: s.text(r)) else { return false }
                locale = l
            } else if s.equals(key, "responses") {
                guard once(32), let list = s.responses() else { return false }
                responses = list
            } else if s.equals(key, "context") {
                guard once(64) else { return false }
                if s.null() { return true }
                guard let c = s.context() else { return false }
                context = c
            } else {
                return false
            }
            return true
        }
        space()
        guard ok, i == b.count, let birth, let assessed, let responses else { return nil }
        return ScreeningRequest(id: id, birthDate: birth, assessedOn: assessed, gestationalWeeks: ga, locale: locale,
                                responses: responses, context: context)
    }

    /// Only a context the strict decoder would accept as it is; anything else goes the strict way.
    private mutating func context() -> [(key: String, value: String)]? {
        var out: [(key: String, value: String)] = []
        let ok = object { s, key in
            guard out.count < ScreeningRequest.maxContextFields, RequestDecoder.isContextKey(UnsafeBufferPointer(rebasing: s.b[key])),
                  let v = s.rawString(), v.count <= ScreeningRequest.maxContextValueBytes else { return false }
            let k = s.text(key)
            guard !out.contains(where: { $0.key == k }) else { return false }  // a duplicate: the reader's error
            out.append((k, s.text(v)))
            return true
        }
        return ok ? out : nil
    }

    private mutating func responses() -> [Response]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var out: [Response] = []
        if take(UInt8(ascii: "]")) { return out }
        repeat {
            var instrument: String? = nil, form: String? = nil
            var answers: [(item: String, answer: Answer)]? = nil
            var picked: PickedAnswers? = nil
            var seen: UInt8 = 0
            let ok = object { s, key in
                if s.equals(key, "instrument") {
                    guard seen & 1 == 0, let v = s.string() else { return false }
                    seen |= 1
                    instrument = v
                } else if s.equals(key, "form") {
                    guard seen & 2 == 0 else { return false }
                    seen |= 2
                    if s.null() { return true }
                    guard let v = s.string() else { return false }
                    form = v
                } else if s.equals(key, "answers") {
                    guard seen & 4 == 0 else { return false }
                    seen |= 4
                    if let instrument, let only = s.set?[instrument]?.forms, only.count == 1 {
                        let start = s.i
                        picked = s.picked(only[0].answers)
                        if picked != nil { return true }
                        s.i = start
                    }
                    guard let a = s.answers() else { return false }
                    answers = a
                } else {
                    return false
                }
                return true
            }
            guard ok, let instrument else { return nil }
            if let picked {
                out.append(Response(instrument: instrument, form: form, picked: picked))
            } else {
                guard let answers else { return nil }
                out.append(Response(instrument: instrument, form: form, answers: answers))
            }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? out : nil
    }

    /// Answers read into `table`'s option indices: only when each is a plain string naming one of
    /// its item's options, or null, and the items come once each in the form's order (so the
    /// answers read back are the request's own). nil otherwise, for `answers()` to read them again.
    private mutating func picked(_ table: AnswerTable) -> PickedAnswers? {
        var out = PickedAnswers(table: table)
        var next = 0
        let ok = object { s, key in
            guard let item = table.item(UnsafeBufferPointer(rebasing: s.b[key]), guess: next), item >= next else { return false }
            next = item + 1
            s.space()
            if s.peek() == UInt8(ascii: "n") {
                guard s.null() else { return false }
                out.choices[item] = PickedAnswers.null
                return true
            }
            guard let v = s.rawString(), let k = table.option(item, UnsafeBufferPointer(rebasing: s.b[v])), k < 64 else { return false }
            out.choices[item] = Int8(k)
            return true
        }
        return ok ? out : nil
    }

    private mutating func answers() -> [(item: String, answer: Answer)]? {
        var out: [(item: String, answer: Answer)] = []
        out.reserveCapacity(24)
        let ok = object { s, key in
            let item = s.text(key)
            s.space()
            switch s.peek() {
            case UInt8(ascii: "\""):
                guard let v = s.string() else { return false }
                out.append((item, .option(v)))
            case UInt8(ascii: "n"):
                guard s.null() else { return false }
                out.append((item, .missing))
            case UInt8(ascii: "["):
                s.i += 1
                var options: [String] = []
                if !s.take(UInt8(ascii: "]")) {
                    repeat {
                        guard let v = s.string() else { return false }
                        options.append(v)
                    } while s.take(UInt8(ascii: ","))
                    guard s.take(UInt8(ascii: "]")) else { return false }
                }
                out.append((item, .options(options)))
            default:
                return false
            }
            return true
        }
        return ok ? out : nil
    }
}
