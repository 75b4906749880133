import ESSource
import ESExpr
/// The shared list of referrals that recommendations point into, with urgency levels.
public struct ReferralCatalog: Sendable {
    public struct Urgency: Sendable {
        public var id: String
        /// Higher is more urgent; merging keeps the highest.
        public var rank: Int
        public var title: LocalizedText
        /// FHIR ServiceRequest.priority: routine, urgent, asap or stat.
        public var fhirPriority: String = "routine"

        package init(id: String, rank: Int, title: LocalizedText, fhirPriority: String = "") {
            self.id = id
            self.rank = rank
            self.title = title
            self.fhirPriority = fhirPriority
        }
    }

    public struct Referral: Sendable {
        public var id: String
        public var title: LocalizedText
        /// Days from the visit by which the referral should have happened, per urgency.
        public var dueDays: [String: Int]
        public var location: SourceLocation

        package init(id: String, title: LocalizedText, dueDays: [String: Int], location: SourceLocation) {
            self.id = id
            self.title = title
            self.dueDays = dueDays
            self.location = location
        }
    }

    public var urgencies: [Urgency]
    public var referrals: [String: Referral]
    public var locales: [Locale: TranslationStatus]
    public var digest: String

    public func urgency(_ id: String) -> Urgency? { urgencies.first { $0.id == id } }

    public static let empty = ReferralCatalog(urgencies: [], referrals: [:], locales: [:], digest: "")

    package init(urgencies: [Urgency], referrals: [String: Referral], locales: [Locale: TranslationStatus], digest: String) {
        self.urgencies = urgencies
        self.referrals = referrals
        self.locales = locales
        self.digest = digest
    }
}
