import ESSource
import ESExpr
/// A checked screening instrument: everything the evaluator needs and nothing about YAML.
public struct Instrument: Sendable {
    /// The fields, in one box that copies share: an instrument is looked up and passed for every
    /// response evaluated, and copying two dozen fields, each retained and released, cost more than
    /// scoring a short form. A change (only while loading) first copies a shared box.
    private var box: Box

    private struct Fields {
        var id: String
        var version: String
        var title: LocalizedText
        var summary: LocalizedText
        var locales: [Locale: TranslationStatus]
        var source: SourceInfo
        var license: LicenseInfo
        var ages: AgeWindow
        var ageBasis: AgeBasis
        var prematurity: PrematurityPolicy?
        var forms: [Form]
        var formMismatchIsError: Bool
        var tables: [String: AgeTable]
        var severalTickedTakesMostConcerning: Bool
        var higherPointsMoreConcerning: Bool
        var maxMissing: Int?
        var follows: StageLink?
        var tests: [EmbeddedTest]
        var digest: String
        var location: Diagnostic.SourceLocation
        var anyFormItems: [String: Item]
        var textsVersions: [LocalizedText.Locale: String]
        var subject: Subject
        var codes: [ExternalCode]
    }

    /// Unchecked Sendable: the fields are changed only through `unique()`, on a box no other copy holds.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    public package(set) var id: String {
        get { box.fields.id }
        set { unique().fields.id = newValue }
    }
    public package(set) var version: String {
        get { box.fields.version }
        set { unique().fields.version = newValue }
    }
    public package(set) var title: LocalizedText {
        get { box.fields.title }
        set { unique().fields.title = newValue }
    }
    public package(set) var summary: LocalizedText {
        get { box.fields.summary }
        set { unique().fields.summary = newValue }
    }
    package var locales: [Locale: TranslationStatus] {
        get { box.fields.locales }
        set { unique().fields.locales = newValue }
    }
    package var source: SourceInfo {
        get { box.fields.source }
        set { unique().fields.source = newValue }
    }
    package var license: LicenseInfo {
        get { box.fields.license }
        set { unique().fields.license = newValue }
    }
    public package(set) var ages: AgeWindow {
        get { box.fields.ages }
        set { unique().fields.ages = newValue }
    }
    package var ageBasis: AgeBasis {
        get { box.fields.ageBasis }
        set { unique().fields.ageBasis = newValue }
    }
    package var prematurity: PrematurityPolicy? {
        get { box.fields.prematurity }
        set { unique().fields.prematurity = newValue }
    }
    public package(set) var forms: [Form] {
        get { box.fields.forms }
        set { unique().fields.forms = newValue }
    }
    /// A request's form that does not fit the child's age: a warning (default) or a request error.
    public package(set) var formMismatchIsError: Bool {
        get { box.fields.formMismatchIsError }
        set { unique().fields.formMismatchIsError = newValue }
    }
    /// Age-dependent values (cut-offs per month), by name, as rules read them.
    package var tables: [String: AgeTable] {
        get { box.fields.tables }
        set { unique().fields.tables = newValue }
    }
    /// A single-answer item with several boxes ticked scores the most concerning one (SWYC); otherwise it is an error.
    public package(set) var severalTickedTakesMostConcerning: Bool {
        get { box.fields.severalTickedTakesMostConcerning }
        set { unique().fields.severalTickedTakesMostConcerning = newValue }
    }
    /// More points mean more concern (symptoms, at-risk answers: the default), or less (skills seen,
    /// as in the SWYC Milestones). Decides which of several ticked boxes is the most concerning.
    public package(set) var higherPointsMoreConcerning: Bool {
        get { box.fields.higherPointsMoreConcerning }
        set { unique().fields.higherPointsMoreConcerning = newValue }
    }
    /// At most this many unanswered items in all still allow a band; nil: only the interval rule applies.
    public package(set) var maxMissing: Int? {
        get { box.fields.maxMissing }
        set { unique().fields.maxMissing = newValue }
    }
    package var follows: StageLink? {
        get { box.fields.follows }
        set { unique().fields.follows = newValue }
    }
    /// Whether a first stage comes before this one: asked of every instrument of every request,
    /// without copying the link out of the box.
    package var isSecondStage: Bool { box.fields.follows != nil }
    /// Whether the cut-offs come from a secondary source: asked at every evaluation, without
    /// copying the source's strings out of the box.
    package var cutoffsSecondary: Bool { box.fields.source.cutoffsSecondary }
    package var tests: [EmbeddedTest] {
        get { box.fields.tests }
        set { unique().fields.tests = newValue }
    }
    /// `sha256:` of the rules as loaded (the YAML file's bytes).
    public package(set) var digest: String {
        get { box.fields.digest }
        set { unique().fields.digest = newValue }
    }
    public package(set) var location: Diagnostic.SourceLocation {
        get { box.fields.location }
        set { unique().fields.location = newValue }
    }
    /// Every item of every form by id (the first form's, where forms share ids), for checking answers
    /// when no form applies.
    public package(set) var anyFormItems: [String: Item] {
        get { box.fields.anyFormItems }
        set { unique().fields.anyFormItems = newValue }
    }
    /// The version of a deployment's texts file per locale, reported beside the digest.
    public package(set) var textsVersions: [LocalizedText.Locale: String] {
        get { box.fields.textsVersions }
        set { unique().fields.textsVersions = newValue }
    }
    /// Whom the answers are about (EPDS: the mother, seen at the child's visit).
    package var subject: Subject {
        get { box.fields.subject }
        set { unique().fields.subject = newValue }
    }
    /// Codes in external code systems (LOINC), verified or kept for review.
    package var codes: [ExternalCode] {
        get { box.fields.codes }
        set { unique().fields.codes = newValue }
    }

    /// Whether this and `other` are copies of one instrument (so have the same fields), told without
    /// reading any: an evaluator finds what it prepared for an instrument it was given.
    package func isCopy(of other: Instrument) -> Bool { box === other.box }

    public func form(id: String) -> Form? { forms.first { $0.id == id } }

    /// The form whose age window holds `months`, if any.
    public func form(forMonths months: Int) -> Form? { forms.first { $0.ages.contains(months) } }

    package init(id: String, version: String, title: LocalizedText, summary: LocalizedText, locales: [Locale: TranslationStatus], source: SourceInfo, license: LicenseInfo, ages: AgeWindow, ageBasis: AgeBasis, prematurity: PrematurityPolicy? = nil, forms: [Form], formMismatchIsError: Bool = false, tables: [String: AgeTable] = [:], severalTickedTakesMostConcerning: Bool, higherPointsMoreConcerning: Bool = true, maxMissing: Int? = nil, follows: StageLink? = nil, tests: [EmbeddedTest], digest: String, location: SourceLocation, anyFormItems: [String: Item], textsVersions: [Locale: String] = [:], subject: Subject = .child, codes: [ExternalCode] = []) {
        box = Box(Fields(id: id, version: version, title: title, summary: summary, locales: locales, source: source, license: license, ages: ages, ageBasis: ageBasis, prematurity: prematurity, forms: forms, formMismatchIsError: formMismatchIsError, tables: tables, severalTickedTakesMostConcerning: severalTickedTakesMostConcerning, higherPointsMoreConcerning: higherPointsMoreConcerning, maxMissing: maxMissing, follows: follows, tests: tests, digest: digest, location: location, anyFormItems: anyFormItems, textsVersions: textsVersions, subject: subject, codes: codes))
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
