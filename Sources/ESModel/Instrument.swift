import ESSource
import ESExpr
/// A checked screening instrument: everything the evaluator needs and nothing about YAML.
public struct Instrument: Sendable {
    public package(set) var id: String
    public package(set) var version: String
    public package(set) var title: LocalizedText
    public package(set) var summary: LocalizedText
    package var locales: [Locale: TranslationStatus]
    package var source: SourceInfo
    package var license: LicenseInfo
    public package(set) var ages: AgeWindow
    package var ageBasis: AgeBasis
    package var prematurity: PrematurityPolicy?
    public package(set) var forms: [Form]
    /// A request's form that does not fit the child's age: a warning (default) or a request error.
    public package(set) var formMismatchIsError: Bool = false
    /// Age-dependent values (cut-offs per month), by name, as rules read them.
    package var tables: [String: AgeTable] = [:]
    /// A single-answer item with several boxes ticked scores the most concerning one (SWYC); otherwise it is an error.
    public package(set) var severalTickedTakesMostConcerning: Bool
    /// More points mean more concern (symptoms, at-risk answers: the default), or less (skills seen,
    /// as in the SWYC Milestones). Decides which of several ticked boxes is the most concerning.
    public package(set) var higherPointsMoreConcerning: Bool = true
    /// At most this many unanswered items in all still allow a band; nil: only the interval rule applies.
    public package(set) var maxMissing: Int?
    package var follows: StageLink?
    package var tests: [EmbeddedTest]
    /// `sha256:` of the rules as loaded (the YAML file's bytes).
    public package(set) var digest: String
    public package(set) var location: Diagnostic.SourceLocation
    /// Every item of every form by id (the first form's, where forms share ids), for checking answers
    /// when no form applies.
    public package(set) var anyFormItems: [String: Item]
    /// The version of a deployment's texts file per locale, reported beside the digest.
    public package(set) var textsVersions: [LocalizedText.Locale: String] = [:]
    /// Whom the answers are about (EPDS: the mother, seen at the child's visit).
    package var subject: Subject = .child
    /// Codes in external code systems (LOINC), verified or kept for review.
    package var codes: [ExternalCode] = []

    public func form(id: String) -> Form? { forms.first { $0.id == id } }

    /// The form whose age window holds `months`, if any.
    public func form(forMonths months: Int) -> Form? { forms.first { $0.ages.contains(months) } }

    package init(id: String, version: String, title: LocalizedText, summary: LocalizedText, locales: [Locale: TranslationStatus], source: SourceInfo, license: LicenseInfo, ages: AgeWindow, ageBasis: AgeBasis, prematurity: PrematurityPolicy? = nil, forms: [Form], formMismatchIsError: Bool = false, tables: [String: AgeTable] = [:], severalTickedTakesMostConcerning: Bool, higherPointsMoreConcerning: Bool = true, maxMissing: Int? = nil, follows: StageLink? = nil, tests: [EmbeddedTest], digest: String, location: SourceLocation, anyFormItems: [String: Item], textsVersions: [Locale: String] = [:], subject: Subject = .child, codes: [ExternalCode] = []) {
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.locales = locales
        self.source = source
        self.license = license
        self.ages = ages
        self.ageBasis = ageBasis
        self.prematurity = prematurity
        self.forms = forms
        self.formMismatchIsError = formMismatchIsError
        self.tables = tables
        self.severalTickedTakesMostConcerning = severalTickedTakesMostConcerning
        self.higherPointsMoreConcerning = higherPointsMoreConcerning
        self.maxMissing = maxMissing
        self.follows = follows
        self.tests = tests
        self.digest = digest
        self.location = location
        self.anyFormItems = anyFormItems
        self.textsVersions = textsVersions
        self.subject = subject
        self.codes = codes
    }
}

package enum Subject: String, Sendable { case child, mother }

/// A code for the instrument in an external code system. Only verified codes are ever exported.
package struct ExternalCode: Sendable, Hashable {
    package var system: String
    package var code: String
    package var display: String
    package var verified: Bool

    package init(system: String, code: String, display: String, verified: Bool) {
        self.system = system
        self.code = code
        self.display = display
        self.verified = verified
    }
}

package struct SourceInfo: Sendable {
    package var citation: String
    package var url: String?
    package var notes: String?
    /// The cut-offs come from agreeing secondary sources, not the official guide: every result warns.
    package var cutoffsSecondary: Bool = false

    package init(citation: String, url: String? = nil, notes: String? = nil, cutoffsSecondary: Bool = false) {
        self.citation = citation
        self.url = url
        self.notes = notes
        self.cutoffsSecondary = cutoffsSecondary
    }
}

package struct LicenseInfo: Sendable {
    package var holder: String
    package var terms: String
    /// What a polyclinic must obtain before using the instrument's official text.
    package var beforeUse: String?

    package init(holder: String, terms: String, beforeUse: String? = nil) {
        self.holder = holder
        self.terms = terms
        self.beforeUse = beforeUse
    }
}

extension Instrument {
    /// Ages in completed months, both ends included: 16...30 means from 16 months 0 days up to the day before 31 months.
    public struct AgeWindow: Sendable, Hashable {
        public package(set) var minMonths: Int
        public package(set) var maxMonths: Int
        public func contains(_ months: Int) -> Bool { months >= minMonths && months <= maxMonths }
        public var description: String { "\(minMonths)–\(maxMonths) months" }
        /// The same in a reader's language.
        public func description(_ locale: LocalizedText.Locale) -> String {
            switch locale {
            case .en: description
            case .az: "\(minMonths)–\(maxMonths) ay"
            case .ru: "\(minMonths)–\(maxMonths) мес."
            }
        }

        package init(minMonths: Int, maxMonths: Int) {
            self.minMonths = minMonths
            self.maxMonths = maxMonths
        }
    }
}

package typealias AgeWindow = Instrument.AgeWindow

package enum AgeBasis: String, Sendable, CaseIterable {
    case chronological
    /// Corrected for prematurity under the instrument's `prematurity` policy.
    case corrected
}

/// When and how an instrument corrects age for prematurity. The engine has no default: an
/// instrument whose authors say nothing declares no policy and uses chronological age.
package struct PrematurityPolicy: Sendable, Hashable {
    /// The gestational age counted as term (40 weeks; 39 where a tool says so).
    package var termWeeks: Int
    /// Correct only when born at least this many weeks before term (SWYC: 3).
    package var minWeeksEarly: Int?
    /// Instead: correct only when born before this gestational age (CDC: before 37 weeks).
    package var bornBeforeWeeks: Int?
    /// Stop correcting once the chronological age reaches this many months.
    package var untilMonths: Int?

    /// Whether a child born at `gestationalWeeks`, now `chronologicalMonths` old, gets a corrected age.
    package func applies(gestationalWeeks ga: Double, chronologicalMonths: Int) -> Bool {
        let early: Bool
        if let before = bornBeforeWeeks { early = ga < Double(before) }
        else { early = Double(termWeeks) - ga >= Double(minWeeksEarly ?? 0) }
        return early && (untilMonths.map { chronologicalMonths < $0 } ?? true)
    }

    package init(termWeeks: Int, minWeeksEarly: Int? = nil, bornBeforeWeeks: Int? = nil, untilMonths: Int? = nil) {
        self.termWeeks = termWeeks
        self.minWeeksEarly = minWeeksEarly
        self.bornBeforeWeeks = bornBeforeWeeks
        self.untilMonths = untilMonths
    }
}

/// A second stage that runs only after given bands of a first-stage instrument (M-CHAT-R/F).
package struct StageLink: Sendable {
    package var instrument: String
    package var bands: [String]
    /// Items of the first stage that scored no points count as passed here without being asked.
    package var onlyFailedItems: Bool
    /// The referral this stage carries out (the Follow-Up interview): answered in the same visit,
    /// the first stage's recommendation of it is done and is not listed again.
    package var fulfils: String?
    package var location: SourceLocation

    package init(instrument: String, bands: [String], onlyFailedItems: Bool, fulfils: String? = nil, location: SourceLocation) {
        self.instrument = instrument
        self.bands = bands
        self.onlyFailedItems = onlyFailedItems
        self.fulfils = fulfils
        self.location = location
    }
}

public enum Outcome: String, Sendable, Comparable, CaseIterable {
    case noConcern = "no_concern"
    case monitor
    case incomplete
    case followUp = "follow_up"
    case refer

    private var rank: Int {
        switch self {
        case .noConcern: 0
        case .monitor: 1
        case .incomplete: 2
        case .followUp: 3
        case .refer: 4
        }
    }
    public static func < (a: Outcome, b: Outcome) -> Bool { a.rank < b.rank }
}
