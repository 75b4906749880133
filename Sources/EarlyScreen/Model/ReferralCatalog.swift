/// The shared list of referrals that recommendations point into, with urgency levels.
public struct ReferralCatalog: Sendable {
    public struct Urgency: Sendable {
        public var id: String
        /// Higher is more urgent; merging keeps the highest.
        public var rank: Int
        public var title: LocalizedText
        /// FHIR ServiceRequest.priority: routine, urgent, asap or stat.
        public var fhirPriority = "routine"
    }

    public struct Referral: Sendable {
        public var id: String
        public var title: LocalizedText
        /// Days from the visit by which the referral should have happened, per urgency.
        public var dueDays: [String: Int]
        public var location: SourceLocation
    }

    public var urgencies: [Urgency]
    public var referrals: [String: Referral]
    public var locales: [Locale: TranslationStatus]
    public var digest: String

    public func urgency(_ id: String) -> Urgency? { urgencies.first { $0.id == id } }

    public static let empty = ReferralCatalog(urgencies: [], referrals: [:], locales: [:], digest: "")
}
