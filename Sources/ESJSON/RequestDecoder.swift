import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Decodes `earlyscreen/request@1` strictly: unknown fields, wrong types and bad dates are errors
/// with a JSON Pointer; nothing is ignored.
package struct RequestDecoder: Sendable {
    package static let format = "earlyscreen/request@1"
    package static let maxIDLength = 256
    /// The fields each object may have (the contract's table, which the JSON Schemas come from).
    package static let requestFields = ContractSchema.names(.request), childFields = ContractSchema.names(.child),
               responseFields = ContractSchema.names(.response)

    package init() {}

    package func decode(_ value: JSONValue) throws(RequestError) -> ScreeningRequest {
        guard case .object(let top) = value else {
            throw RequestError(.wrongType, "a request is a JSON object, found \(value.kindName)", pointer: "")
        }
        try Self.allow(top, Self.requestFields, at: "")
        if let f = Self.field(top, "format") {
            guard case .string(let s) = f else { throw Self.type(f, "a string", "/format") }
            guard s == Self.format else {
                throw RequestError(.unsupportedFormat, "format \"\(s)\" is not one this build reads; it reads \(Self.format)", pointer: "/format")
            }
        }
        let id = try Self.id(top)
        guard let childValue = Self.field(top, "child") else { throw Self.missing("child", "") }
        guard case .object(let child) = childValue else { throw Self.type(childValue, "an object", "/child") }
        try Self.allow(child, Self.childFields, at: "/child")
        let birth = try Self.date(child, "birth_date", "/child")
        var ga: Double? = nil
        if let g = Self.field(child, "gestational_age_weeks"), !Self.isNull(g) {
            guard case .number(let n) = g else { throw Self.type(g, "a number of weeks", "/child/gestational_age_weeks") }
            guard n >= 22 && n <= 44 else {
                throw RequestError(.valueOutOfRange, "gestational_age_weeks \(Number.format(n)) is outside 22–44", pointer: "/child/gestational_age_weeks")
            }
            ga = n
        }
        if let s = Self.field(child, "sex"), !Self.isNull(s) {
            guard case .string(let v) = s, ["female", "male", "other"].contains(v) else {
                throw RequestError(.wrongType, "sex must be \"female\", \"male\" or \"other\"", pointer: "/child/sex")
            }
        }
        let assessed = try Self.date(top, "assessed_on", "")
        var locale = Locale.en
        if let l = Self.field(top, "locale"), !Self.isNull(l) {
            guard case .string(let s) = l else { throw Self.type(l, "a string", "/locale") }
            guard let v = Locale(rawValue: s) else {
                throw RequestError(.unknownLocale, "locale \"\(s)\" is not one of en, az, ru", pointer: "/locale")
            }
            locale = v
        }
        guard let rs = Self.field(top, "responses") else { throw Self.missing("responses", "") }
        guard case .array(let list) = rs else { throw Self.type(rs, "an array", "/responses") }
        var responses: [Response] = []
        responses.reserveCapacity(list.count)
        for (i, r) in list.enumerated() { responses.append(try response(r, index: i)) }
        let context = try Self.context(top)
        return ScreeningRequest(id: id, birthDate: birth, assessedOn: assessed, gestationalWeeks: ga, locale: locale,
                                responses: responses, context: context)
    }

    /// `context`: at most 16 fields, each a lowercase key (`region`, `facility_id`) with a string of
    /// at most 256 bytes. Duplicate keys were already refused by the reader.
    package static func context(_ top: [(key: String, value: JSONValue)]) throws(RequestError) -> [(key: String, value: String)] {
        guard let v = field(top, "context"), !isNull(v) else { return [] }
        guard case .object(let pairs) = v else { throw type(v, "an object of label to text", "/context") }
        guard pairs.count <= ScreeningRequest.maxContextFields else {
            throw RequestError(.valueOutOfRange, "context has \(pairs.count) fields; at most \(ScreeningRequest.maxContextFields)", pointer: "/context")
        }
        var out: [(key: String, value: String)] = []
        for (k, x) in pairs {
            let p = "/context/" + JSONPointer.escape(k)
            guard isContextKey(k.utf8) else {
                throw RequestError(.wrongType, "context key \"\(k)\" must be 1–\(ScreeningRequest.maxContextKeyBytes) lowercase letters, digits or _, starting with a letter", pointer: p)
            }
            guard case .string(let s) = x else { throw type(x, "a string", p) }
            guard s.utf8.count <= ScreeningRequest.maxContextValueBytes else {
                throw RequestError(.valueOutOfRange, "context \(k) is \(s.utf8.count) bytes; at most \(ScreeningRequest.maxContextValueBytes)", pointer: p)
            }
            out.append((k, s))
        }
        return out
    }

    package static func isContextKey<C: Collection>(_ k: C) -> Bool where C.Element == UInt8 {
        guard let first = k.first, first >= 0x61, first <= 0x7A, k.count <= ScreeningRequest.maxContextKeyBytes else { return false }
        return k.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }

    /// The request's id, read on its own so an error object can echo it.
    package static func id(_ top: [(key: String, value: JSONValue)]) throws(RequestError) -> String? {
        guard let v = field(top, "id"), !isNull(v) else { return nil }
        guard case .string(let s) = v else { throw type(v, "a string", "/id") }
        guard s.utf8.count <= maxIDLength else {
            throw RequestError(.idTooLong, "id is \(s.utf8.count) bytes; at most \(maxIDLength)", pointer: "/id")
        }
        return s
    }

    package func response(_ v: JSONValue, index: Int) throws(RequestError) -> Response {
        var p: String { "/responses/\(index)" }
        guard case .object(let r) = v else { throw Self.type(v, "an object", p) }
        try Self.allow(r, Self.responseFields, at: p)
        guard let iv = Self.field(r, "instrument") else { throw Self.missing("instrument", p) }
        guard case .string(let instrument) = iv else { throw Self.type(iv, "a string", p + "/instrument") }
        var form: String? = nil
        if let f = Self.field(r, "form"), !Self.isNull(f) {
            guard case .string(let s) = f else { throw Self.type(f, "a string", p + "/form") }
            form = s
        }
        guard let av = Self.field(r, "answers") else { throw Self.missing("answers", p) }
        guard case .object(let pairs) = av else { throw Self.type(av, "an object of item id to answer", p + "/answers") }
        var answers: [(item: String, answer: Answer)] = []
        answers.reserveCapacity(pairs.count)
        for (item, a) in pairs {
            var ptr: String { p + "/answers/" + JSONPointer.escape(item) }
            switch a {
            case .null: answers.append((item, .missing))
            case .string(let s): answers.append((item, .option(s)))
            case .number(let n): answers.append((item, .number(n)))
            case .array(let xs):
                var opts: [String] = []
                for (k, x) in xs.enumerated() {
                    guard case .string(let s) = x else { throw Self.type(x, "an option id (a string)", ptr + "/\(k)") }
                    opts.append(s)
                }
                answers.append((item, .options(opts)))
            default:
                throw Self.type(a, "an option id, a list of option ids, a number or null", ptr)
            }
        }
        return Response(instrument: instrument, form: form, answers: answers)
    }

    package static func field(_ obj: [(key: String, value: JSONValue)], _ key: String) -> JSONValue? {
        for p in obj where p.key == key { return p.value }
        return nil
    }

    package static func isNull(_ v: JSONValue) -> Bool {
        if case .null = v { return true }
        return false
    }

    package static func allow(_ obj: [(key: String, value: JSONValue)], _ known: [String], at p: @autoclosure () -> String) throws(RequestError) {
        for (k, _) in obj where !known.contains(k) {
            throw RequestError(.unknownField, "unknown field \"\(k)\"" + Suggestion.hint(for: k, in: known) + "; fields here are \(known.joined(separator: ", "))", pointer: p() + "/" + JSONPointer.escape(k))
        }
    }

    package static func missing(_ key: String, _ p: String) -> RequestError {
        RequestError(.missingField, "\(p.isEmpty ? "the request" : p) needs the field \"\(key)\"", pointer: p + "/" + key)
    }

    package static func type(_ v: JSONValue, _ want: String, _ p: String) -> RequestError {
        RequestError(.wrongType, "expected \(want), found \(v.kindName)", pointer: p)
    }

    package static func date(_ obj: [(key: String, value: JSONValue)], _ key: String, _ p: String) throws(RequestError) -> CalendarDate {
        guard let v = field(obj, key) else { throw missing(key, p) }
        guard case .string(let s) = v else { throw type(v, "a date as \"YYYY-MM-DD\"", p + "/" + key) }
        guard let d = CalendarDate(iso: s) else {
            throw RequestError(.invalidDate, "\(key) \"\(s)\" is not a real date in the form YYYY-MM-DD", pointer: p + "/" + key)
        }
        return d
    }
}
