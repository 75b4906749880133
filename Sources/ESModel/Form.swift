import ESSource
import ESExpr
/// One age form of an instrument with its own items and the rules compiled against them.
/// Instruments without age forms have a single form with id `all`.
public struct Form: Sendable {
    public var id: String
    public var ages: AgeWindow
    public var items: [Item]
    public var itemIndex: [String: Int]
    public var scores: [Score]
    public var bands: [Band]
    public var critical: [CriticalRule]
    /// Whether the form was declared in the file (false for the implicit `all` form).
    public var declared: Bool

    package init(id: String, ages: AgeWindow, items: [Item], itemIndex: [String: Int], scores: [Score], bands: [Band], critical: [CriticalRule], declared: Bool) {
        self.id = id
        self.ages = ages
        self.items = items
        self.itemIndex = itemIndex
        self.scores = scores
        self.bands = bands
        self.critical = critical
        self.declared = declared
    }
}

public struct Item: Sendable {
    public enum Selection: String, Sendable { case one, many }
    public let id: String
    public let label: LocalizedText
    public let options: [AnswerOption]
    public let selection: Selection
    public let location: SourceLocation

    /// The fewest and most points an answer can give (a many-answer item scores its most concerning tick).
    public let minPoints: Double
    public let maxPoints: Double

    public init(id: String, label: LocalizedText, options: [AnswerOption], selection: Selection, location: SourceLocation) {
        self.id = id
        self.label = label
        self.options = options
        self.selection = selection
        self.location = location
        minPoints = options.map(\.points).min() ?? 0
        maxPoints = options.map(\.points).max() ?? 0
    }

    public func optionIndex(_ id: String) -> Int? { options.firstIndex { $0.id == id } }
}

public struct AnswerOption: Sendable {
    public var id: String
    public var label: LocalizedText
    public var points: Double
    public var location: SourceLocation

    package init(id: String, label: LocalizedText, points: Double, location: SourceLocation) {
        self.id = id
        self.label = label
        self.points = points
        self.location = location
    }
}

/// What a score does with unanswered items it reads.
public enum MissingFill: Sendable, Hashable {
    /// Unanswered items make the score a range over every possible answer (the default).
    case interval
    /// The published rule counts an unanswered item as 0 points (SWYC BPSC).
    case zero
    /// Up to `max` unanswered items: scale the answered sum up (ASQ-style); beyond that, a range.
    case prorate(max: Int)
}

public struct Score: Sendable {
    public var id: String
    public var title: LocalizedText
    public var expression: CompiledNumber
    public var source: String
    /// Item indices the score reads, directly or through other scores.
    public var items: [Int]
    public var fill: MissingFill
    public var location: SourceLocation
    /// When the rule is a plain sum of distinct items, those items (decided on the parsed rule).
    public var summedItems: [Int]? = nil

    package init(id: String, title: LocalizedText, expression: CompiledNumber, source: String, items: [Int], fill: MissingFill, location: SourceLocation, summedItems: [Int]? = nil) {
        self.id = id
        self.title = title
        self.expression = expression
        self.source = source
        self.items = items
        self.fill = fill
        self.location = location
        self.summedItems = summedItems
    }
}

public struct Band: Sendable {
    public var id: String
    public var title: LocalizedText
    public var condition: CompiledBool
    public var source: String
    public var outcome: Outcome
    public var recommendations: [Recommendation]
    public var location: SourceLocation

    package init(id: String, title: LocalizedText, condition: CompiledBool, source: String, outcome: Outcome, recommendations: [Recommendation], location: SourceLocation) {
        self.id = id
        self.title = title
        self.condition = condition
        self.source = source
        self.outcome = outcome
        self.recommendations = recommendations
        self.location = location
    }
}

/// An answer that sets the outcome or adds a recommendation whatever the totals (EPDS item 10).
public struct CriticalRule: Sendable {
    public var id: String
    public var title: LocalizedText
    public var condition: CompiledBool
    public var source: String
    public var items: [Int]
    public var band: String?
    public var outcome: Outcome?
    public var recommendations: [Recommendation]
    public var location: SourceLocation

    package init(id: String, title: LocalizedText, condition: CompiledBool, source: String, items: [Int], band: String? = nil, outcome: Outcome? = nil, recommendations: [Recommendation], location: SourceLocation) {
        self.id = id
        self.title = title
        self.condition = condition
        self.source = source
        self.items = items
        self.band = band
        self.outcome = outcome
        self.recommendations = recommendations
        self.location = location
    }
}

public struct Recommendation: Sendable {
    public var referral: String
    public var urgency: String
    /// Only when this holds (for example `age_months < 24`); nil: always.
    public var condition: CompiledBool?
    public var source: String?
    /// Due on the day the child reaches this age (the M-CHAT-R re-screen at 24 months), instead of
    /// the catalog's days after the visit.
    public var atAgeMonths: Int? = nil
    public var location: SourceLocation

    package init(referral: String, urgency: String, condition: CompiledBool? = nil, source: String? = nil, atAgeMonths: Int? = nil, location: SourceLocation) {
        self.referral = referral
        self.urgency = urgency
        self.condition = condition
        self.source = source
        self.atAgeMonths = atAgeMonths
        self.location = location
    }
}

/// A case written beside the instrument: answers in, expected result out.
public struct EmbeddedTest: Sendable {
    public enum Fill: String, Sendable { case missing, lowest, highest }
    public var name: String
    public var ageMonths: Int
    /// When given, the child's age in days (for rules on `age_days`); `ageMonths` is then unused.
    public var ageDays: Int?
    public var gestationalWeeks: Int?
    public var form: String?
    public var answers: [(item: String, options: [String]?, location: SourceLocation)]
    public var fill: Fill
    /// For a second stage: the first stage's band and the items that failed there.
    public var firstStage: (band: String, failed: [String])?
    public var expectStatus: String?
    public var expectBand: String?
    public var expectBandIsNone: Bool
    /// When incomplete: the least severe band the unanswered items still allow.
    public var expectBandAtLeast: String? = nil
    public var expectScores: [(String, Double, SourceLocation)]
    public var expectOutcome: String?
    /// The age form the engine should pick (forms by age).
    public var expectForm: String?
    public var expectReferrals: [String]?
    public var expectMissing: [String]?
    public var location: SourceLocation

    package init(name: String, ageMonths: Int, ageDays: Int? = nil, gestationalWeeks: Int? = nil, form: String? = nil, answers: [(item: String, options: [String]?, location: SourceLocation)], fill: Fill, firstStage: (band: String, failed: [String])? = nil, expectStatus: String? = nil, expectBand: String? = nil, expectBandIsNone: Bool, expectBandAtLeast: String? = nil, expectScores: [(String, Double, SourceLocation)], expectOutcome: String? = nil, expectForm: String? = nil, expectReferrals: [String]? = nil, expectMissing: [String]? = nil, location: SourceLocation) {
        self.name = name
        self.ageMonths = ageMonths
        self.ageDays = ageDays
        self.gestationalWeeks = gestationalWeeks
        self.form = form
        self.answers = answers
        self.fill = fill
        self.firstStage = firstStage
        self.expectStatus = expectStatus
        self.expectBand = expectBand
        self.expectBandIsNone = expectBandIsNone
        self.expectBandAtLeast = expectBandAtLeast
        self.expectScores = expectScores
        self.expectOutcome = expectOutcome
        self.expectForm = expectForm
        self.expectReferrals = expectReferrals
        self.expectMissing = expectMissing
        self.location = location
    }
}
