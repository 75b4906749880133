import ESSource
import ESExpr
/// A loaded, checked set of instruments and the referral catalog they point into.
public struct InstrumentSet: Sendable {
    public package(set) var instruments: [String: Instrument]
    package var referrals: ReferralCatalog
    /// The screening schedule, when the set has one.
    package var schedule: Schedule?
    /// Where the set came from: "built-in" or the folder it was loaded from.
    public package(set) var origin: String

    public var ids: [String] { instruments.keys.sorted() }
    public subscript(id: String) -> Instrument? { instruments[id] }

    package init(instruments: [String: Instrument], referrals: ReferralCatalog, schedule: Schedule? = nil, origin: String) {
        self.instruments = instruments
        self.referrals = referrals
        self.schedule = schedule
        self.origin = origin
    }
}
