import ESSource
import ESExpr
/// Which screenings are due at which ages: a methodologist changes it to the national schedule.
package struct Schedule: Sendable {
    package struct Screening: Sendable {
        package var id: String
        package var title: LocalizedText
        /// Ages in months at which it is due.
        package var atMonths: [Int]
        /// How many months after each age it stays due.
        package var windowMonths: Int
        package var instruments: [String]
        /// corrected: counted from the due date under the schedule's prematurity policy (child
        /// development); chronological: from the birth (the mother's depression screening).
        package var basis: AgeBasis
        /// A screening missed at an earlier age is done at the next visit (Bright Futures); false
        /// for surveillance, which looks at the present only.
        package var catchUp: Bool = true
        package var location: SourceLocation

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

    package var screenings: [Screening]
    /// Count due ages from the due date for a premature baby, under this policy.
    package var prematurity: PrematurityPolicy?
    package var source: SourceInfo
    package var locales: [Locale: TranslationStatus]
    package var location: SourceLocation

    package init(screenings: [Screening], prematurity: PrematurityPolicy? = nil, source: SourceInfo, locales: [Locale: TranslationStatus], location: SourceLocation) {
        self.screenings = screenings
        self.prematurity = prematurity
        self.source = source
        self.locales = locales
        self.location = location
    }
}
