import ESSource
import ESExpr
import ESModel
/// One step of an evaluation, recorded as data while evaluating (so it cannot disagree with the
/// result) and put into words only when it is shown, in the reader's language (ExplanationText).
package enum ExplanationStep: Sendable, Equatable {
    /// A name from the instrument: its title in each locale and its id (titles may be empty).
    package struct Name: Sendable, Equatable {
        package var id: String
        package var title: LocalizedText
    }
    /// An item by its number on the form, its label and its id.
    package struct ItemName: Sendable, Equatable {
        package var number: Int
        package var id: String
        package var label: LocalizedText
    }
    /// How a published fill rule changed a score.
    package enum Fill: Sendable, Equatable {
        case countedAsZero([ItemName])
        case prorated(missing: Int)
    }

    case age(months: Int, corrected: Bool, instrument: Name, ages: AgeWindow)
    /// A second-stage item the first stage passed: not asked again, counted as its lowest option.
    case passedAtFirstStage(ItemName, firstStage: Name, countsAs: LocalizedText)
    /// The options ticked (none: not answered) and the points they give.
    case answer(ItemName, options: [LocalizedText], points: Interval)
    case score(Name, rule: String, value: Interval, fill: Fill?)
    case critical(Name, rule: String, value: Truth)
    case band(Name, rule: String, value: Truth)
    /// Every completion of the missing answers was tried; these bands remain.
    case everyCompletionTried(bands: [Name])
    /// A fill rule gave a reassuring band that answering the missing items could change.
    case fillRuleCannotReassure(band: Name, missing: Int)
    case holdsForAnyMissing(band: Name, missing: Int)
    /// The sentence is the result's own reason, already in the request's language.
    case incomplete(reason: String)
    case notScored(reason: String)
    /// `atLeast`: the least the open bands call for (the result is incomplete).
    case recommend(referral: Name, urgency: Name, because: Name, critical: Bool, atLeast: Bool)
    /// A second stage scored in the same visit carries out the referral this stage asked for.
    case carriedOut(referral: Name, by: Name)
    case outcome(Outcome)
}
