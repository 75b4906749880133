import ESSource
import ESExpr
/// Which screenings are due at which ages: a methodologist changes it to the national schedule.
public struct Schedule: Sendable {
    public struct Screening: Sendable {
        public var id: String
        public var title: LocalizedText
        /// Ages in months at which it is due.
        public var atMonths: [Int]
        /// How many months after each age it stays due.
        public var windowMonths: Int
        public var instruments: [String]
        /// corrected: counted from the due date under the schedule's prematurity policy (child
        /// development); chronological: from the birth (the mother's depression screening).
        public var basis: AgeBasis
        /// A screening missed at an earlier age is done at the next visit (Bright Futures); false
        /// for surveillance, which looks at the present only.
        public var catchUp: Bool = true
        public var location: SourceLocation

        package init(id: String, title: LocalizedText, atMonths: [Int], windowMonths: Int, instruments: [String], basis: AgeBasis, catchUp: Bool = true, location: SourceLocation) {
            self.id = id
            self.title = title
            self.atMonths = atMonths
            self.windowMonths = windowMonths
            self.instruments = instruments
            self.basis = basis
            self.catchUp = catchUp
            self.location = location
        }
    }

    public var screenings: [Screening]
    /// Count due ages from the due date for a premature baby, under this policy.
    public var prematurity: PrematurityPolicy?
    public var source: SourceInfo
    public var locales: [Locale: TranslationStatus]
    public var location: SourceLocation

    package init(screenings: [Screening], prematurity: PrematurityPolicy? = nil, source: SourceInfo, locales: [Locale: TranslationStatus], location: SourceLocation) {
        self.screenings = screenings
        self.prematurity = prematurity
        self.source = source
        self.locales = locales
        self.location = location
    }
}
