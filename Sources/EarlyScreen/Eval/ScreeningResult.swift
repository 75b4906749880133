/// The result of one visit: ages, one result per instrument, merged referrals and one outcome.
public struct ScreeningResult: Sendable {
    public var id: String?
    public var ages: ChildAges
    /// The corrected age (months, days) when a gestational age under 40 weeks was given.
    public var correctedAge: Age?
    public var correctedFrom: CalendarDate?
    public var results: [InstrumentResult]
    public var referrals: [MergedReferral]
    public var outcome: Outcome
    public var warnings: [Warning]
    public var locale: Locale
}

public struct Warning: Sendable, Hashable {
    public var code: String
    public var message: String
    public var instrument: String?
}

public struct InstrumentResult: Sendable {
    public enum Status: String, Sendable { case scored, incomplete, notApplicable = "not_applicable" }

    public var instrument: String
    public var version: String
    public var digest: String
    /// The version of the deployment's texts in the request's locale, if any.
    public var textsVersion: String?
    public var form: String?
    public var ageBasis: AgeBasis
    public var ageMonths: Int
    public var status: Status
    /// Exact scores, in the instrument's order.
    public var scores: [(String, Double)]
    /// Scores that depend on missing answers: the lowest and highest they could be.
    public var scoreRanges: [(String, Interval)]
    public var band: String?
    public var title: String?
    public var missing: [String]
    /// Why the instrument was not applicable or could not be scored.
    public var reason: String?
    /// Critical rules that fired.
    public var critical: [String]
    public var recommendations: [RecommendationResult]
    public var outcome: Outcome
    /// True when some answers were missing and the band holds whatever they would have been.
    public var holdsForAnyMissing: Bool
    public var explanation: [String]
}

public struct MergedReferral: Sendable {
    public var referral: String
    public var urgency: String
    public var dueBy: CalendarDate
    public var title: String
    public var reasons: [(instrument: String, band: String?, critical: String?)]
}

/// A recommendation of one instrument result, and what raised it.
public struct RecommendationResult: Sendable, Hashable {
    public var referral: String
    public var urgency: String
    /// The band that recommended it, or
    public var band: String?
    /// the critical rule that fired.
    public var critical: String?

    public var reason: String { band.map { "band \($0)" } ?? "critical \(critical ?? "?")" }
}
