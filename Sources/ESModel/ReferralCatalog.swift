import ESSource
import ESExpr
/// The shared list of referrals that recommendations point into, with urgency levels.
package struct ReferralCatalog: Sendable {
    package struct Urgency: Sendable {
        package var id: String
        /// Higher is more urgent; merging keeps the highest.
        package var rank: Int
        package var title: LocalizedText
        /// FHIR ServiceRequest.priority: routine, urgent, asap or stat.
        package var fhirPriority: String = "routine"

        package init(id: String, rank: Int, title: LocalizedText, fhirPriority: String = "") {
            self.id = id
            self.rank = rank
            self.title = title
            self.fhirPriority = fhirPriority
        }
    }

    package struct Referral: Sendable {
        package var id: String
        package var title: LocalizedText
        /// Days from the visit by which the referral should have happened, per urgency.
        package var dueDays: [String: Int]
        package var location: SourceLocation

        package init(id: String, title: LocalizedText, dueDays: [String: Int], location: SourceLocation) {
            self.id = id
            self.title = title
            self.dueDays = dueDays
            self.location = location
        }
    }

    package var urgencies: [Urgency]
    package var referrals: [String: Referral]
    package var locales: [Locale: TranslationStatus]
    package var digest: String

    package func urgency(_ id: String) -> Urgency? { urgencies.first { $0.id == id } }

    package static let empty = ReferralCatalog(urgencies: [], referrals: [:], locales: [:], digest: "")

    package init(urgencies: [Urgency], referrals: [String: Referral], locales: [Locale: TranslationStatus], digest: String) {
        self.urgencies = urgencies
        self.referrals = referrals
        self.locales = locales
        self.digest = digest
    }
}
