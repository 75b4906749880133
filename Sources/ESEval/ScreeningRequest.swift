import ESSource
import ESExpr
import ESModel
/// One screening visit, as decoded from `earlyscreen/request@1`.
public struct ScreeningRequest: Sendable {
    public var id: String?
    public var birthDate: CalendarDate
    public var assessedOn: CalendarDate
    public var gestationalWeeks: Double?
    public var locale: LocalizedText.Locale
    public var responses: [Response]
    /// Who screened where (facility, region, programme…), echoed into the result for grouping
    /// (`earlyscreen tally --by`); never read by a rule. In the order given.
    public var context: [(key: String, value: String)] = []

    /// Limits on `context`: small labels, not a second payload.
    public static let maxContextFields = 16, maxContextKeyBytes = 64, maxContextValueBytes = 256

    public init(id: String? = nil, birthDate: CalendarDate, assessedOn: CalendarDate, gestationalWeeks: Double? = nil,
                locale: LocalizedText.Locale = .en, responses: [Response], context: [(key: String, value: String)] = []) {
        self.context = context
        self.id = id
        self.birthDate = birthDate
        self.assessedOn = assessedOn
        self.gestationalWeeks = gestationalWeeks
        self.locale = locale
        self.responses = responses
    }
}

extension ScreeningRequest {
    /// The answers to one instrument.
    public struct Response: Sendable {
        public var instrument: String
        public var form: String?
        /// In the request's order. Read from `picked` when the scanner resolved the answers.
        public var answers: [(item: String, answer: Answer)] {
            get { picked?.answers ?? given }
            set { given = newValue; picked = nil }
        }
        private var given: [(item: String, answer: Answer)]
        package private(set) var picked: PickedAnswers?

        /// The answers as option indices of `table`, when the scanner read them against that very
        /// table (so already checked against its form); nil otherwise, and the strings are read.
        package func picked(for table: AnswerTable) -> PickedAnswers? {
            guard let picked, picked.table === table else { return nil }
            return picked
        }

        public init(instrument: String, form: String? = nil, answers: [(item: String, answer: Answer)]) {
            self.instrument = instrument
            self.form = form
            self.given = answers
        }

        package init(instrument: String, form: String? = nil, picked: PickedAnswers) {
            self.instrument = instrument
            self.form = form
            self.given = []
            self.picked = picked
        }
    }

    /// Answers the request scanner read straight into option indices of an instrument's only
    /// form: no `String` per item or option, and nothing to look up when the evaluator fills its
    /// frame. The scanner makes one only when every answer is one known option or null, each item
    /// once, in the form's order; `answers` are then exactly what the request said.
    package struct PickedAnswers: Sendable {
        /// The form's table the indices refer to (the evaluator uses them only with this table).
        package let table: AnswerTable
        /// Per item: the option's index, `Self.null` for an explicit null, `Self.absent` when not given.
        package var choices: [Int8]
        package static let absent: Int8 = -1, null: Int8 = -2

        package init(table: AnswerTable) {
            self.table = table
            choices = Array(repeating: Self.absent, count: table.count)
        }

        /// The answers as the request gave them.
        package var answers: [(item: String, answer: Answer)] {
            var out: [(item: String, answer: Answer)] = []
            for (i, c) in choices.enumerated() where c != Self.absent {
                out.append((table.ids[i], c == Self.null ? .missing : .option(table.optionIDs[table.optionStart[i] + Int(c)])))
            }
            return out
        }
    }
}

package typealias PickedAnswers = ScreeningRequest.PickedAnswers

package typealias Response = ScreeningRequest.Response

extension ScreeningRequest {
    public enum Answer: Sendable, Hashable {
        case option(String)
        /// Several ticked boxes (check all that apply).
        case options([String])
        case number(Double)
        /// `null` in the request: asked but not answered.
        case missing
    }
}

package typealias Answer = ScreeningRequest.Answer

/// Why a request could not be evaluated: a stable code, a sentence, and where in the request.
public struct RequestError: Error, Sendable, Hashable {
    /// The stable codes; the contract's JSON Schema lists them from here.
    public enum Code: String, Sendable, CaseIterable, CustomStringConvertible {
        public var description: String { rawValue }
        case ageOutOfRange = "age_out_of_range"
        case assessedBeforeBirth = "assessed_before_birth"
        case duplicateInstrument = "duplicate_instrument"
        case duplicateKey = "duplicate_key"
        case emptyLine = "empty_line"
        case formAgeMismatch = "form_age_mismatch"
        case idTooLong = "id_too_long"
        case invalidDate = "invalid_date"
        case invalidJSON = "invalid_json"
        case invalidUTF8 = "invalid_utf8"
        case lineTooLong = "line_too_long"
        case missingField = "missing_field"
        case noResponses = "no_responses"
        case noSchedule = "no_schedule"
        case numberOutOfRange = "number_out_of_range"
        case severalAnswers = "several_answers"
        case tooDeep = "too_deep"
        case unknownField = "unknown_field"
        case unknownForm = "unknown_form"
        case unknownInstrument = "unknown_instrument"
        case unknownItem = "unknown_item"
        case unknownLocale = "unknown_locale"
        case unknownOption = "unknown_option"
        case unsupportedFormat = "unsupported_format"
        case valueOutOfRange = "value_out_of_range"
        case wrongType = "wrong_type"
    }
    public var code: Code
    public var message: String
    /// RFC 6901 JSON Pointer into the request, when one applies.
    public var pointer: String?
    /// Byte offset in the input, for syntax errors.
    public var offset: Int?

    public init(_ code: Code, _ message: String, pointer: String? = nil, offset: Int? = nil) {
        self.code = code
        self.message = message
        self.pointer = pointer
        self.offset = offset
    }
}

package enum JSONPointer {
    /// One reference token, escaped as RFC 6901 says (~ → ~0, / → ~1).
    package static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences("~", "~0").replacingOccurrences("/", "~1")
    }
}

extension String {
    package func replacingOccurrences(_ a: String, _ b: String) -> String {
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: a) {
            out += rest[..<r.lowerBound]
            out += b
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
