import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Every key the instrument format allows, per kind of mapping: the one list that the loader checks
/// unknown keys against and that docs/instrument.schema.json is generated from, so the two cannot
/// drift. (In debug builds, the loader asking for a key missing here stops the tests.)
package enum FormatKeys {
    package enum Kind: String, CaseIterable, Sendable {
        case instrument, source, license, ages, prematurity, option, item, form, formAges, score, scoreMissing
        case band, recommendation, critical, instrumentMissing, follows, test, expect, firstStage
        case referralCatalog, urgency, referral, table, tableRow
        case schedule, screening, texts, textsForm, code

        /// How messages name a mapping of this kind.
        package var what: String {
            switch self {
            case .instrument: "an instrument file"
            case .source: "source"
            case .license: "license"
            case .ages, .formAges: "ages"
            case .prematurity: "prematurity"
            case .option: "an option"
            case .item: "an item"
            case .form: "a form"
            case .score: "a score"
            case .scoreMissing, .instrumentMissing: "missing"
            case .band: "a band"
            case .recommendation: "a recommendation"
            case .critical: "a critical rule"
            case .follows: "follows"
            case .test: "a test"
            case .expect: "expect"
            case .firstStage: "first_stage"
            case .referralCatalog: "a referral catalog"
            case .urgency: "an urgency"
            case .referral: "a referral"
            case .table: "a table"
            case .tableRow: "a table row"
            case .schedule: "a schedule"
            case .screening: "a screening"
            case .texts: "a texts file"
            case .textsForm: "a form's texts"
            case .code: "a code"
            }
        }
    }

    package struct Key: Sendable {
        package let name: String
        package let required: Bool
        /// The value's JSON Schema, as JSON text.
        package let schema: String
        package let doc: String
    }

    package static func key(_ name: String, _ required: Bool, _ schema: String, _ doc: String) -> Key {
        Key(name: name, required: required, schema: schema, doc: doc)
    }

    package static let text = ##"{"$ref": "#/$defs/text"}"##
    package static let id = ##"{"type": "string", "pattern": "^[a-z0-9_]+$"}"##
    package static let kebabID = ##"{"type": "string", "pattern": "^[a-z0-9_-]+$"}"##
    package static let rule = ##"{"type": "string", "minLength": 1}"##
    package static let int = ##"{"type": "integer"}"##
    package static let string = ##"{"type": "string"}"##
    package static func list(_ kind: Kind) -> String { ##"{"type": "array", "items": {"$ref": "#/$defs/"## + kind.rawValue + ##""}}"## }
    package static func ref(_ kind: Kind) -> String { ##"{"$ref": "#/$defs/"## + kind.rawValue + ##""}"## }
    package static func enumeration(_ words: [String]) -> String { ##"{"enum": ["## + words.map { "\"\($0)\"" }.joined(separator: ", ") + "]}" }
    package static let outcomes = enumeration(["no_concern", "monitor", "follow_up", "refer"])
    package static let answer = ##"{"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}, {"type": "null"}]}"##

    package static let table: [Kind: [Key]] = [
        .instrument: [
            key("format", true, enumeration(["earlyscreen/instrument@1"]), "The format version."),
            key("id", true, kebabID, "The instrument id; part of the public contract."),
            key("version", true, string, "The instrument's own version, as text."),
            key("title", true, text, "The instrument's name."),
            key("summary", false, text, "One or two sentences on what it screens for."),
            key("locales", false, ##"{"$ref": "#/$defs/localeStatus"}"##, "Per locale: source, validated or not_validated."),
            key("source", true, ref(.source), "Where the rules come from."),
            key("license", true, ref(.license), "Who holds the instrument and what a deployment must obtain."),
            key("ages", true, ref(.ages), "Ages of validity in completed months."),
            key("prematurity", false, ref(.prematurity), "When and how age is corrected for prematurity."),
            key("several_ticked", false, enumeration(["most_concerning", "error"]), "Several boxes ticked on a single-answer item."),
            key("higher_points", false, enumeration(["more_concern", "less_concern"]), "more_concern (default): points count symptoms or at-risk answers; less_concern: points count skills (SWYC Milestones)."),
            key("option_sets", false, ##"{"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/$defs/option"}}}"##, "Named option lists that items share."),
            key("items", false, list(.item), "The items of an instrument with one form."),
            key("forms", false, list(.form), "Age forms, each with its own items."),
            key("form_mismatch", false, enumeration(["warning", "error"]), "A requested form that does not fit the age: warning (default) or error."),
            key("scores", true, list(.score), "Named scores."),
            key("bands", true, list(.band), "Ordered bands; the first whose rule holds is the result."),
            key("critical", false, list(.critical), "Answers that decide alone, whatever the totals."),
            key("tables", false, list(.table), "Values that depend on age, such as cut-offs per month."),
            key("missing", false, ref(.instrumentMissing), "The instrument's limit on unanswered items."),
            key("follows", false, ref(.follows), "Makes the instrument a second stage."),
            key("tests", false, list(.test), "Cases checked by earlyscreen check."),
            key("subject", false, enumeration(["child", "mother"]), "Whom the answers are about: the child (default) or the mother (EPDS); FHIR results name that person as the subject."),
            key("codes", false, list(.code), "Codes of the instrument in external code systems (LOINC); only verified ones are used."),
        ],
        .code: [
            key("system", true, string, "The code system's URI, e.g. http://loinc.org."),
            key("code", true, string, "The code."),
            key("display", true, string, "The code system's display name for it."),
            key("verified", true, ##"{"type": "boolean"}"##, "Checked against the code system itself. Unverified codes are kept for review and never exported."),
        ],
        .source: [
            key("citation", true, string, "The primary citation."),
            key("url", false, string, "Where the rules are published."),
            key("notes", false, string, "What the rules rest on, and what was left out for want of a source."),
            key("cutoffs", false, enumeration(["verified", "secondary"]), "verified (default), or secondary: the cut-offs come from agreeing secondary sources and every result says so until a deployment's texts file confirms them."),
        ],
        .license: [
            key("holder", true, string, "The copyright holder."),
            key("terms", true, string, "The terms of use, in short."),
            key("before_use", false, string, "What a polyclinic must obtain before using the official text."),
        ],
        .ages: [
            key("min_months", true, int, "First completed month of validity."),
            key("max_months", true, int, "Last completed month of validity (included)."),
            key("basis", false, enumeration(["chronological", "corrected"]), "Which age the instrument uses."),
        ],
        .formAges: [
            key("min_months", true, int, "First completed month of the form."),
            key("max_months", true, int, "Last completed month of the form (included)."),
        ],
        .prematurity: [
            key("term_weeks", true, int, "The gestational age counted as term."),
            key("min_weeks_early", false, int, "Correct only when born at least this many weeks before term (or born_before_weeks)."),
            key("born_before_weeks", false, int, "Correct only when born before this gestational age in weeks (or min_weeks_early)."),
            key("until_months", false, int, "Stop correcting at this chronological age."),
        ],
        .option: [
            key("id", true, id, "The option id used in requests."),
            key("points", true, ##"{"type": "number"}"##, "Points the answer gives (0 when it adds nothing)."),
            key("label", false, text, "A short label in your own words."),
        ],
        .item: [
            key("id", true, id, "The item id used in requests and rules."),
            key("label", true, text, "A short label in your own words (never the official wording)."),
            key("options", true, ##"{"anyOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "#/$defs/option"}}]}"##, "An option set's name, or a list of options."),
            key("select", false, enumeration(["one", "many"]), "one (default) or many (check all that apply)."),
        ],
        .form: [
            key("id", true, id, "The form id, such as 18m."),
            key("ages", true, ref(.formAges), "The form's window in completed months."),
            key("items", true, list(.item), "The form's items."),
        ],
        .score: [
            key("id", true, id, "The name rules use."),
            key("title", false, text, "The score's name for people."),
            key("rule", true, rule, "A numeric rule, such as sum(q1..q20)."),
            key("missing", false, ref(.scoreMissing), "What an unanswered item does to this score."),
        ],
        .scoreMissing: [
            key("fill", true, enumeration(["interval", "zero", "prorate"]), "interval (default), zero or prorate."),
            key("max", false, int, "With prorate: at most this many unanswered items."),
        ],
        .band: [
            key("id", true, id, "The band id in results."),
            key("title", true, text, "The band's name for people."),
            key("when", true, rule, "The condition, such as total >= 8."),
            key("outcome", true, outcomes, "What the band means for the visit."),
            key("recommend", false, list(.recommendation), "Referrals to make."),
        ],
        .recommendation: [
            key("referral", true, kebabID, "A referral id from the catalog."),
            key("urgency", true, id, "One of the catalog's urgencies."),
            key("when", false, rule, "Only when this holds."),
            key("at_age_months", false, int, "Due on the day the child reaches this age (by the instrument's age basis), not after the catalog's days."),
        ],
        .critical: [
            key("id", true, id, "The rule's id in results."),
            key("title", true, text, "What it means, for people."),
            key("when", true, rule, "The condition, such as q10 != \"d\"."),
            key("band", false, id, "A band that replaces the band."),
            key("outcome", false, outcomes, "The least outcome when it fires."),
            key("recommend", false, list(.recommendation), "Referrals to make."),
        ],
        .instrumentMissing: [
            key("max_items", true, int, "More unanswered items than this and no band is given."),
        ],
        .follows: [
            key("instrument", true, kebabID, "The first stage."),
            key("bands", true, ##"{"type": "array", "items": {"type": "string"}}"##, "The first-stage bands after which this stage runs."),
            key("only_failed_items", false, ##"{"type": "boolean"}"##, "Items passed at the first stage count as passed."),
            key("fulfils", false, kebabID, "The referral this stage carries out."),
        ],
        .test: [
            key("name", true, string, "What the case shows."),
            key("age_months", false, int, "The child's chronological age in months (or give age_days)."),
            key("age_days", false, int, "The child's chronological age in days, for rules on age_days."),
            key("gestational_age_weeks", false, int, "For prematurity cases."),
            key("form", false, string, "The form to use (default: the one for the age)."),
            key("answers", false, ##"{"type": "object", "additionalProperties": "## + answer + "}", "Item to option id, list of ids, or ~."),
            key("fill", false, enumeration(["missing", "lowest", "highest"]), "What items not in answers get."),
            key("first_stage", false, ref(.firstStage), "For a second stage: the first stage's result."),
            key("expect", true, ref(.expect), "The expected result."),
        ],
        .expect: [
            key("status", false, enumeration(InstrumentResult.Status.allCases.map(\.rawValue)), "Expected status."),
            key("band", false, ##"{"type": ["string", "null"]}"##, "Expected band (~ for none)."),
            key("band_at_least", false, string, "When incomplete: the least severe band still possible, whose referrals are given."),
            key("scores", false, ##"{"type": "object", "additionalProperties": {"type": "number"}}"##, "Expected exact scores."),
            key("outcome", false, enumeration(["no_concern", "monitor", "incomplete", "follow_up", "refer"]), "Expected outcome."),
            key("referrals", false, ##"{"type": "array", "items": {"type": "string"}}"##, "Referral ids this instrument recommends."),
            key("missing", false, ##"{"type": "array", "items": {"type": "string"}}"##, "Items reported missing."),
            key("form", false, string, "The age form the engine should pick."),
        ],
        .firstStage: [
            key("band", true, string, "The first stage's band."),
            key("failed", false, ##"{"type": "array", "items": {"type": "string"}}"##, "Items failed at the first stage."),
        ],
        .table: [
            key("id", true, id, "The name rules use for the value at the child's age."),
            key("by", true, enumeration(["age_months", "chronological_months", "corrected_months", "age_days"]), "The age the rows are looked up by."),
            key("rows", true, list(.tableRow), "Rows that tile the instrument's ages without gap or overlap."),
        ],
        .tableRow: [
            key("from", true, int, "First age of the row (included)."),
            key("to", true, int, "Last age of the row (included)."),
            key("value", true, ##"{"type": "number"}"##, "The value at those ages."),
        ],
        .schedule: [
            key("format", true, enumeration(["earlyscreen/schedule@1"]), "The format version."),
            key("locales", false, ##"{"$ref": "#/$defs/localeStatus"}"##, "Per locale: source, validated or not_validated."),
            key("source", true, ref(.source), "Where the schedule comes from."),
            key("prematurity", false, ref(.prematurity), "When due dates count from the due date instead of the birth date."),
            key("screenings", true, list(.screening), "What is screened at which ages."),
        ],
        .screening: [
            key("id", true, kebabID, "The screening's id."),
            key("title", true, text, "Its name for people."),
            key("at_months", true, ##"{"type": "array", "items": {"type": "integer", "minimum": 0}}"##, "The ages (months) of the visits at which it is due."),
            key("window_months", false, int, "How long after each age it stays due (default 1)."),
            key("instruments", true, ##"{"type": "array", "items": {"type": "string"}}"##, "Instruments of the set to use."),
            key("basis", false, enumeration(["chronological", "corrected"]), "corrected: count from the due date under the schedule's prematurity policy."),
            key("catch_up", false, ##"{"type": "boolean"}"##, "true (default): a missed age is overdue and done at the next visit; false for surveillance."),
        ],
        .texts: [
            key("format", true, enumeration(["earlyscreen/texts@1"]), "The format version."),
            key("instrument", true, kebabID, "The instrument whose texts these are."),
            key("locale", true, enumeration(["en", "az", "ru"]), "The locale of every text in the file."),
            key("version", true, string, "The texts' version, reported in results."),
            key("status", true, ##"{"$ref": "#/$defs/status"}"##, "Whether the translation is validated."),
            key("title", false, string, "The instrument's title."),
            key("items", false, ##"{"type": "object", "additionalProperties": {"type": "string"}}"##, "Item id to its official wording."),
            key("options", false, ##"{"type": "object", "additionalProperties": {"type": "string"}}"##, "Option id to its wording."),
            key("bands", false, ##"{"type": "object", "additionalProperties": {"type": "string"}}"##, "Band id to its title."),
            key("critical", false, ##"{"type": "object", "additionalProperties": {"type": "string"}}"##, "Critical rule id to its title."),
            key("forms", false, ##"{"type": "object", "additionalProperties": {"$ref": "#/$defs/textsForm"}}"##, "Age form id to the texts of that form alone, for ids that mean a different question in each form; they win over the texts above."),
            key("cutoffs_confirmed", false, ##"{"type": "boolean"}"##, "The deployment checked the instrument's secondary cut-offs against the official guide: results stop warning."),
        ],
        .textsForm: [
            key("items", false, ##"{"type": "object", "additionalProperties": {"type": "string"}}"##, "Item id to its official wording in this form."),
            key("options", false, ##"{"type": "object", "additionalProperties": {"type": "string"}}"##, "Option id to its wording in this form."),
            key("bands", false, ##"{"type": "object", "additionalProperties": {"type": "string"}}"##, "Band id to its title in this form."),
            key("critical", false, ##"{"type": "object", "additionalProperties": {"type": "string"}}"##, "Critical rule id to its title in this form."),
        ],
        .referralCatalog: [
            key("format", true, enumeration(["earlyscreen/referrals@1"]), "The format version."),
            key("locales", false, ##"{"$ref": "#/$defs/localeStatus"}"##, "Per locale: source, validated or not_validated."),
            key("urgencies", true, list(.urgency), "From most to least urgent."),
            key("referrals", true, list(.referral), "The referrals."),
        ],
        .urgency: [
            key("id", true, id, "The urgency id."),
            key("title", true, text, "Its name for people."),
            key("fhir_priority", false, enumeration(["routine", "urgent", "asap", "stat"]), "The FHIR ServiceRequest priority for this urgency (default routine)."),
        ],
        .referral: [
            key("id", true, kebabID, "The referral id."),
            key("title", true, text, "Its name for people."),
            key("due_days", true, ##"{"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}}"##, "Days after the visit, per urgency."),
        ],
    ]

    package static func names(_ kind: Kind) -> [String] { (table[kind] ?? []).map(\.name) }

    /// One `$defs` entry: a closed object with these keys, each with its schema and description
    /// (shared by the instrument schema and the contract's request and result schemas).
    package static func objectDefinition(_ name: String, _ keys: [Key]) -> String {
        let props = keys.map { k in
            let fragment = k.schema.dropLast()
            let body = fragment.hasSuffix("{") ? String(fragment) : fragment + ", "
            return "\"\(k.name)\": " + body + "\"description\": \"\(k.doc.replacingOccurrences("\"", "\\\""))\"}"
        }
        let required = keys.filter(\.required).map { "\"\($0.name)\"" }
        return "\"\(name)\": {\"type\": \"object\", \"additionalProperties\": false, \"required\": [\(required.joined(separator: ", "))], \"properties\": {\n      " + props.joined(separator: ",\n      ") + "}}"
    }

    /// The JSON Schema (2020-12) of instrument and referral files, for editors with a YAML language server.
    package static func jsonSchema() -> String {
        var defs: [String] = []
        defs.append(##""text": {"description": "A text, or a mapping of locale to text; English is the fallback.", "anyOf": [{"type": "string"}, {"type": "object", "properties": {"en": {"type": "string"}, "az": {"type": "string"}, "ru": {"type": "string"}}, "required": ["en"], "additionalProperties": false}]}"##)
        defs.append(##""localeStatus": {"type": "object", "properties": {"en": {"$ref": "#/$defs/status"}, "az": {"$ref": "#/$defs/status"}, "ru": {"$ref": "#/$defs/status"}}, "additionalProperties": false}"##)
        defs.append(##""status": {"enum": ["source", "validated", "not_validated"]}"##)
        for kind in Kind.allCases { defs.append(objectDefinition(kind.rawValue, table[kind] ?? [])) }
        return """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "earlyscreen instrument, referral catalog or schedule (format 1)",
          "description": "Generated from the loader's own key table (FormatKeys.swift) by scripts/docs; do not edit.",
          "anyOf": [{"$ref": "#/$defs/instrument"}, {"$ref": "#/$defs/referralCatalog"}, {"$ref": "#/$defs/schedule"}, {"$ref": "#/$defs/texts"}],
          "$defs": {
            \(defs.joined(separator: ",\n    "))
          }
        }

        """
    }
}
