import ESSource
import ESExpr
import ESModel
/// The result of one visit: ages, one result per instrument, merged referrals and one outcome.
public struct ScreeningResult: Sendable {
    public var id: String?
    package var ages: ChildAges
    /// The corrected age (months, days) when a gestational age under 40 weeks was given.
    package var correctedAge: Age?
    public var correctedFrom: CalendarDate?
    public var results: [InstrumentResult]
    public var referrals: [MergedReferral]
    public var outcome: Outcome
    public var warnings: [Warning]
    public var locale: LocalizedText.Locale
    /// The request's context, echoed unchanged.
    public var context: [(key: String, value: String)] = []
    /// Non-empty when the instrument set is a draft whose own embedded tests fail and it was used
    /// anyway (`--allow-failing-tests`): the failing tests, written into the result as `draft`.
    public var draftFailures: [String] = []
}

extension ScreeningResult {
    public struct Warning: Sendable, Hashable {
        /// Every warning, alphabetically; WarningText holds their words in each locale, and the
        /// contract's JSON Schema lists them from here.
        public enum Code: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
            case correctedAge = "corrected_age"
            case cutoffsSecondary = "cutoffs_secondary"
            case divisionByZero = "division_by_zero"
            case firstStageAbsent = "first_stage_absent"
            case formAgeMismatch = "form_age_mismatch"
            case formPicked = "form_picked"
            case missingCountedAsZero = "missing_counted_as_zero"
            case missingProrated = "missing_prorated"
            case severalTicked = "several_ticked"
            case stageItemPassed = "stage_item_passed"
            case translationMissing = "translation_missing"
            case translationNotValidated = "translation_not_validated"
            public var description: String { rawValue }
        }
        public var code: Code
        public var message: String
        public var instrument: String?
    }
}

package typealias Warning = ScreeningResult.Warning

extension ScreeningResult {
    public struct InstrumentResult: Sendable {
        /// What happened to the response; docs/decisions.md says what each means for the visit.
        public enum Status: String, Sendable, CaseIterable {
            /// A band was found, and it holds whatever the unanswered items would have been.
            case scored
            /// Unanswered items (or a form for another age) leave the band open; `bandAtLeast` is the
            /// least severe band still possible, and its recommendations are given as a lower bound.
            case incomplete
            /// The child's age is outside the instrument's range; `actions` names what to use instead.
            case notApplicable = "not_applicable"
            /// A second stage its first stage did not call for.
            case notNeeded = "not_needed"
            /// A premature baby before term-equivalent age, for an instrument that counts from term.
            case beforeTerm = "before_term"
        }

        public var instrument: String
        public var version: String
        public var digest: String
        /// The version of the deployment's texts in the request's locale, if any.
        public var textsVersion: String?
        public var form: String?
        package var ageBasis: AgeBasis
        public var ageMonths: Int
        public var status: Status
        /// Exact scores, in the instrument's order.
        public var scores: [(String, Double)]
        public var band: String?
        public var title: String?
        public var recommendations: [RecommendationResult]
        public var outcome: Outcome
        /// True when some answers were missing and the band holds whatever they would have been.
        public var holdsForAnyMissing: Bool
        /// Critical rules that fired.
        public var critical: [String] = []
        /// Why the instrument was not applicable or could not be scored.
        public var reason: String? = nil
        /// A stable code for `reason` (the sentence is in the request's language).
        public var reasonCode: ReasonCode? = nil
        /// What staff do next besides referrals: finish items, use another form or instrument, wait for term.
        public var actions: [NextStep] = []
        /// Set by a band whose recommendations were prepared (`Evaluator.PreparedBand`): merging
        /// copies its referrals while `recommendations` is still its array, unchanged.
        var preparedBand: Evaluator.PreparedBand? = nil
        /// The fields only a result with unanswered items or an explanation sets, kept behind one
        /// reference: none (no storage) or one. Each was a reference of its own, retained when a
        /// result was made and released when it was destroyed, on every result. (Critical findings,
        /// reasons and actions stay inline: the mixed stream has one or two results per line with
        /// one of them, and the storage cost each an allocation.)
        var seldom: [Seldom] = []

        struct Seldom: Sendable {
            var scoreRanges: [(String, Interval)] = []
            var missing: [String] = []
            var explanation: [ExplanationStep] = []
            var possibleBands: [String] = []
            var bandAtLeast: String? = nil
        }

        /// Whether a seldom field set to an empty value needs no storage made for it.
        private mutating func needSeldom(empty: Bool) -> Bool {
            if seldom.isEmpty {
                if empty { return false }
                seldom.append(Seldom())
            }
            return true
        }

        /// Scores that depend on missing answers: the lowest and highest they could be.
        package var scoreRanges: [(String, Interval)] {
            get { seldom.isEmpty ? [] : seldom[0].scoreRanges }
            set { if needSeldom(empty: newValue.isEmpty) { seldom[0].scoreRanges = newValue } }
        }
        public var missing: [String] {
            get { seldom.isEmpty ? [] : seldom[0].missing }
            set { if needSeldom(empty: newValue.isEmpty) { seldom[0].missing = newValue } }
        }
        /// With `explain`: the steps, as data; ExplanationText puts them into words.
        package var explanation: [ExplanationStep] {
            get { seldom.isEmpty ? [] : seldom[0].explanation }
            set { if needSeldom(empty: newValue.isEmpty) { seldom[0].explanation = newValue } }
        }
        /// When incomplete: every band the unanswered items still allow, in the file's order.
        public var possibleBands: [String] {
            get { seldom.isEmpty ? [] : seldom[0].possibleBands }
            set { if needSeldom(empty: newValue.isEmpty) { seldom[0].possibleBands = newValue } }
        }
        /// When incomplete: the least severe of those, whose recommendations are given (a lower bound).
        public var bandAtLeast: String? {
            get { seldom.isEmpty ? nil : seldom[0].bandAtLeast }
            set { if needSeldom(empty: newValue == nil) { seldom[0].bandAtLeast = newValue } }
        }

        /// Why a result has no band, stably; the contract's JSON Schema lists them from here.
        public enum ReasonCode: String, Sendable, CaseIterable, CustomStringConvertible {
            case outOfAgeRange = "out_of_age_range"
            case beforeTerm = "before_term"
            case notNeeded = "not_needed"
            case firstStageOpen = "first_stage_open"
            case wrongForm = "wrong_form"
            case tooFewAnswered = "too_few_answered"
            case criticalOpen = "critical_open"
            case bandOpen = "band_open"
            case scoreUndefined = "score_undefined"
            case noBand = "no_band"
            public var description: String { rawValue }
        }
    }
}

package typealias InstrumentResult = ScreeningResult.InstrumentResult

extension ScreeningResult {
    /// A step staff take at or after the visit that is not a referral, with the day it is due.
    public struct NextStep: Sendable, Hashable {
        public enum Kind: String, Sendable, CaseIterable {
            /// Ask the unanswered items that decide the result (`ids`: item ids).
            case completeItems = "complete_items"
            /// Use the form for the child's age (`ids`: the form id).
            case useForm = "use_form"
            /// The instrument does not fit this age: use these instead (`ids`: instrument ids; empty
            /// when the set has none for this age).
            case useInstrument = "use_instrument"
            /// The first stage must be finished before its second stage can be read (`ids`: the first stage).
            case completeFirstStage = "complete_first_stage"
            /// Screen once the baby reaches term-equivalent age (`dueBy`: that day).
            case screenAfterTerm = "screen_after_term"
        }
        public var kind: Kind
        public var ids: [String]
        public var dueBy: CalendarDate
    }
}

package typealias NextStep = ScreeningResult.NextStep

extension ScreeningResult {
    public struct MergedReferral: Sendable {
        public var referral: String
        public var urgency: String
        public var dueBy: CalendarDate
        public var title: String
        /// What raised it: a band, a critical rule, or the least severe band still open (`lowerBound`).
        public var reasons: [(instrument: String, band: String?, critical: String?, lowerBound: Bool)]
    }
}

package typealias MergedReferral = ScreeningResult.MergedReferral

extension ScreeningResult {
    /// A recommendation of one instrument result, and what raised it.
    public struct RecommendationResult: Sendable, Hashable {
        public var referral: String
        public var urgency: String
        /// The band that recommended it, or
        public var band: String?
        /// the critical rule that fired.
        public var critical: String?
        /// Given because it is the least the open band calls for (the result is incomplete).
        public var lowerBound = false
        /// The day it is due when the instrument fixes it (an age), instead of the catalog's days.
        public var dueBy: CalendarDate? = nil

        public var reason: String { band.map { "band \($0)" } ?? "critical \(critical ?? "?")" }
    }
}

package typealias RecommendationResult = ScreeningResult.RecommendationResult
