import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Every field of the JSON contract (request and result), per kind of object: the one table that
/// the request decoder checks unknown fields against and that docs/request.schema.json and
/// docs/result.schema.json are generated from. Enumerations come from the code's own enums, so a
/// new status, outcome or error code reaches the schemas by regenerating them (scripts/docs); a
/// test checks the files are current and that every Corpus request and result validates.
package enum ContractSchema {
    package enum Object: String, CaseIterable, Sendable {
        case request, child, response
        case result, engine, age, agePart, draft, instrumentResult, recommendation, action, referral, reason, warning
        case errorResult, error
    }

    /// A field: its name, whether it is required, its JSON Schema and its description.
    package typealias Field = FormatKeys.Key

    package static func field(_ name: String, _ required: Bool, _ schema: String, _ doc: String) -> Field {
        FormatKeys.key(name, required, schema, doc)
    }

    package static func words(_ ws: [String]) -> String { "{\"enum\": [" + ws.map { "\"\($0)\"" }.joined(separator: ", ") + "]}" }
    package static func ref(_ o: Object) -> String { "{\"$ref\": \"#/$defs/\(o.rawValue)\"}" }
    package static func list(_ item: String) -> String { "{\"type\": \"array\", \"items\": \(item)}" }
    package static func orNull(_ schema: String) -> String { "{\"anyOf\": [\(schema), {\"type\": \"null\"}]}" }
    package static let string = ##"{"type": "string"}"##
    package static let strings = list(string)
    package static let int = ##"{"type": "integer"}"##
    package static let number = ##"{"type": "number"}"##
    package static let date = ##"{"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"}"##
    package static let locale = words(Locale.allCases.map(\.rawValue))
    package static let outcome = words(Outcome.allCases.map(\.rawValue))
    package static let context = """
        {"type": "object", "maxProperties": \(ScreeningRequest.maxContextFields), "propertyNames": {"pattern": "^[a-z][a-z0-9_]{0,\(ScreeningRequest.maxContextKeyBytes - 1)}$"}, "additionalProperties": {"type": "string", "maxLength": \(ScreeningRequest.maxContextValueBytes)}}
        """

    package static let table: [Object: [Field]] = [
        .request: [
            field("format", false, words([RequestDecoder.format]), "The contract's version; when present it must be this one."),
            field("id", false, orNull(##"{"type": "string", "maxLength": \##(RequestDecoder.maxIDLength)}"##), "Any text up to \(RequestDecoder.maxIDLength) bytes, echoed unchanged in the result or error."),
            field("child", true, ref(.child), "The child screened."),
            field("assessed_on", true, date, "The visit's day; not before the birth date, at most \(Evaluator.maxAgeMonths) months after it."),
            field("locale", false, orNull(locale), "The language of every text in the result (default en); never changes a score or band."),
            field("responses", true, ##"{"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/response"}}"##, "One per instrument answered at the visit."),
            field("context", false, orNull(context), "Who screened where (region, facility), echoed unchanged for counting results later; no rule reads it. Keys and values are limited in bytes."),
        ],
        .child: [
            field("birth_date", true, date, "The child's birth date."),
            field("gestational_age_weeks", false, orNull(##"{"type": "number", "minimum": 22, "maximum": 44}"##), "Weeks of pregnancy at birth, when known: instruments with a prematurity policy then use the corrected age."),
            field("sex", false, orNull(words(["female", "male", "other"])), "No rule reads it today."),
        ],
        .response: [
            field("instrument", true, string, "An instrument id of the loaded set (earlyscreen list)."),
            field("form", false, orNull(string), "An age form of the instrument; by default the engine picks the form for the child's age."),
            field("answers", true, ##"{"type": "object", "additionalProperties": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}, {"type": "number"}, {"type": "null"}]}}"##,
                  "Item id to an option id, a list of option ids (check all that apply), a number, or null for not answered."),
        ],
        .result: [
            field("format", true, words([ResultEncoder.format]), "The contract's version."),
            field("id", true, orNull(string), "The request's id."),
            field("assessed_on", true, date, "The visit's day."),
            field("context", false, context, "The request's context, unchanged (left out when it has none)."),
            field("draft", false, ref(.draft), "Only for results scored with a draft set whose own tests fail: not a checked result, never for a child."),
            field("engine", true, ref(.engine), "The engine that produced it."),
            field("age", true, ref(.age), "The child's age at the visit."),
            field("results", true, list(ref(.instrumentResult)), "One per response, in the request's order."),
            field("referrals", true, list(ref(.referral)), "Every recommendation of the visit, merged by referral."),
            field("outcome", true, outcome, "The worst of the visit: refer, follow_up, incomplete, monitor, no_concern."),
            field("warnings", true, list(ref(.warning)), "What a clinician should see."),
        ],
        .engine: [field("version", true, string, "The engine's version.")],
        .age: [
            field("chronological_months", true, number, "Completed months plus the fraction of the month under way, one decimal."),
            field("corrected_months", true, orNull(number), "The same, counted from the due date; null without a gestational age under 40 weeks or before term."),
            field("chronological", true, ref(.agePart), "Exact age."),
            field("corrected", true, orNull(ref(.agePart)), "Exact age corrected for prematurity, or null."),
            field("term_equivalent_on", true, orNull(date), "Before term-equivalent age: the day it is reached; otherwise null."),
        ],
        .agePart: [
            field("months", true, ##"{"type": "integer", "minimum": 0}"##, "Completed months."),
            field("days", true, ##"{"type": "integer", "minimum": 0}"##, "Days past them."),
        ],
        .draft: [field("failed_tests", true, strings, "The embedded tests that failed.")],
        .instrumentResult: [
            field("instrument", true, string, "The instrument id."),
            field("version", true, string, "The instrument's own version."),
            field("digest", true, ##"{"type": "string", "pattern": "^sha256:[0-9a-f]{64}$"}"##, "sha256 of the instrument file as loaded."),
            field("texts_version", true, orNull(string), "The deployment's texts file version for the locale, or null."),
            field("form", true, orNull(string), "The age form used, or null for an instrument without forms."),
            field("age_basis", true, words(AgeBasis.allCases.map(\.rawValue)), "Which age the instrument used."),
            field("age_months", true, int, "That age in completed months (negative before term)."),
            field("status", true, words(InstrumentResult.Status.allCases.map(\.rawValue)), "Whether a band was given, and if not why."),
            field("scores", true, ##"{"type": "object", "additionalProperties": {"type": "number"}}"##, "Scores known exactly."),
            field("score_ranges", true, ##"{"type": "object", "additionalProperties": {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": ["number", "null"]}}}"##, "[lowest, highest] of scores that depend on missing answers (null for an unbounded end)."),
            field("band", true, orNull(string), "The band whose rule matched."),
            field("title", true, orNull(string), "Its text in the request's locale."),
            field("band_at_least", true, orNull(string), "When incomplete: the least severe band still possible."),
            field("possible_bands", true, strings, "When incomplete: every band still possible."),
            field("missing", true, strings, "Items unanswered (or whose answers would decide the band)."),
            field("holds_for_any_missing", true, ##"{"type": "boolean"}"##, "The band holds whatever the missing answers would be."),
            field("reason", true, orNull(string), "Why there is no band, in the request's locale."),
            field("reason_code", true, orNull(words(InstrumentResult.ReasonCode.allCases.map(\.rawValue))), "The stable part of reason."),
            field("critical", true, strings, "Critical rules that fired; they always stand."),
            field("recommendations", true, list(ref(.recommendation)), "Referrals this instrument recommends."),
            field("actions", true, list(ref(.action)), "What staff do besides referrals."),
            field("outcome", true, outcome, "This instrument's outcome."),
            field("explanation", false, strings, "With --explain: the steps of the evaluation."),
        ],
        .recommendation: [
            field("referral", true, string, "A referral id of the catalog."),
            field("urgency", true, string, "An urgency id of the catalog."),
        ],
        .action: [
            field("action", true, words(NextStep.Kind.allCases.map(\.rawValue)), "What to do."),
            field("items", false, strings, "complete_items: the items to complete."),
            field("form", false, orNull(string), "use_form: the form to use."),
            field("instruments", false, strings, "use_instrument: the instruments that fit the child now."),
            field("instrument", false, orNull(string), "complete_first_stage: the first stage."),
            field("due_by", true, date, "The day by which to do it."),
        ],
        .referral: [
            field("referral", true, string, "The referral id."),
            field("urgency", true, string, "The highest urgency asked for."),
            field("due_by", true, date, "The day by which it should have happened."),
            field("title", true, string, "Its name in the request's locale."),
            field("reasons", true, list(ref(.reason)), "Every instrument result that asked for it."),
        ],
        .reason: [
            field("instrument", true, string, "The instrument."),
            field("band", false, string, "The band that recommended it."),
            field("critical", false, string, "The critical rule that recommended it."),
            field("lower_bound", false, ##"{"const": true}"##, "Given as the least the unanswered items allow."),
        ],
        .warning: [
            field("code", true, words(Warning.Code.allCases.map(\.rawValue)), "The stable part."),
            field("message", true, string, "The warning in the request's locale."),
            field("instrument", false, string, "The instrument it concerns."),
        ],
        .errorResult: [
            field("format", true, words([ResultEncoder.format]), "The contract's version."),
            field("id", true, orNull(string), "The request's id, when it could be read."),
            field("error", true, ref(.error), "Why the request could not be evaluated."),
        ],
        .error: [
            field("code", true, words(RequestError.Code.allCases.map(\.rawValue)), "A stable word."),
            field("message", true, string, "A sentence for a person."),
            field("pointer", true, orNull(string), "An RFC 6901 JSON Pointer into the request, where one applies."),
            field("offset", false, ##"{"type": "integer", "minimum": 0}"##, "The byte offset, for errors found while reading the JSON."),
        ],
    ]

    package static func quoted(_ s: String) -> String {
        var w = JSONWriter()
        w.string(s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    package static func names(_ o: Object) -> [String] { (table[o] ?? []).map(\.name) }

    /// The JSON Schema (2020-12) of a request.
    package static func requestSchema() -> String {
        document(title: "earlyscreen request (\(RequestDecoder.format))", root: ref(.request), [.request, .child, .response])
    }

    /// The JSON Schema (2020-12) of what `evaluate` writes for a request: a result or an error object.
    package static func resultSchema() -> String {
        document(title: "earlyscreen result or error (\(ResultEncoder.format))", root: "{\"anyOf\": [\(ref(.result)), \(ref(.errorResult))]}",
                 [.result, .engine, .age, .agePart, .draft, .instrumentResult, .recommendation, .action, .referral, .reason, .warning, .errorResult, .error])
    }

    package static func document(title: String, root: String, _ objects: [Object]) -> String {
        let defs = objects.map { FormatKeys.objectDefinition($0.rawValue, table[$0] ?? []) }
        let rootBody = root.dropFirst().dropLast()
        return """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": \(quoted(title)),
          "description": "This build's contract exactly (docs/contract.md); later builds may add fields and codes. Generated from the code's own tables (ContractSchema.swift) by scripts/docs; do not edit.",
          \(rootBody),
          "$defs": {
            \(defs.joined(separator: ",\n    "))
          }
        }

        """
    }
}
