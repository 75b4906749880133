import ESSource
import ESExpr
import ESModel
import ESJSON
/// One instrument as the stream's fast lane reads it: its answers as runs of bytes to match, and
/// what besides its scores the rest of its result can depend on. Ids and points by option index
/// are the form's `AnswerTable`, which the request scanner reads with too.
///
/// Only instruments whose result is a function of the lane's key get a plan: one undeclared form,
/// not a second stage, and every band, critical and recommendation rule naming only items, scores
/// and ages. The others always go the general way.
package final class LanePlan: Sendable {
    package let instrument: Instrument
    let id: [UInt8]
    let form: Form
    /// The form's item and option ids as bytes, to find an answer written otherwise than plainly.
    let table: AnswerTable
    /// Each option's points by item: the table's too, laid out as the key's sums read them fastest.
    let optionPoints: [[Double]]
    /// `"id":` of every item and `"id"` of every option, quotes included, one after another:
    /// an answer written plainly is matched as one run of bytes.
    let patterns: [UInt8]
    /// Where each item's key pattern lies in `patterns`.
    let keyPattern: [Range<Int>]
    /// Where the options' patterns lie, in one flat array: item `i`'s are
    /// `optionFlat[optionFirst[i]..<optionFirst[i + 1]]` (read per answer, where an array of arrays
    /// cost a retain and a release).
    let optionFlat: [Range<Int>]
    let optionFirst: [Int]
    /// Items a band, critical or recommendation rule reads directly: their answers go in the key.
    let keyItems: [Int]
    /// A rule reads the age in days (or an age table): the days go in the key.
    let readsDays: Bool
    /// Each score's items when every score is a plain sum of items (nil otherwise: the lane then
    /// runs the compiled rules).
    let sums: [[Int]]?
    /// Recommendations due at an age (`at_age_months`): their due day goes in the key.
    let atAges: [Int]

    package init?(_ instrument: Instrument) {
        guard instrument.forms.count == 1, let form = instrument.forms.first, !form.declared, instrument.follows == nil,
              form.items.allSatisfy({ $0.options.count <= 64 }) else { return nil }
        var rules: [Syntax] = []
        var recommendations: [Recommendation] = []
        for b in form.bands {
            guard let s = b.syntax else { return nil }
            rules.append(s)
            recommendations += b.recommendations
        }
        for c in form.critical {
            guard let s = c.syntax else { return nil }
            rules.append(s)
            recommendations += c.recommendations
        }
        for r in recommendations where r.condition != nil {
            guard let text = r.source, let s = try? Parser.parse(text) else { return nil }
            rules.append(s)
        }
        let scores = Set(form.scores.map(\.id))
        var items = Set<Int>(), days = false
        for rule in rules {
            items.formUnion(rule.rangeItems(form.itemIndex))
            for (name, _) in rule.names {
                if let i = form.itemIndex[name] {
                    items.insert(i)
                } else if name == "items" {
                    items.formUnion(form.items.indices)
                } else if name == "age_days" || instrument.tables[name] != nil {
                    days = true
                } else if !(scores.contains(name) || ExprScope.ageNames.contains(name) || name == "it") {
                    return nil
                }
            }
        }
        self.instrument = instrument
        self.form = form
        id = Array(instrument.id.utf8)
        table = form.answers
        optionPoints = form.items.map { $0.options.map(\.points) }
        var bytes: [UInt8] = [], keyRanges: [Range<Int>] = [], optionRanges: [Range<Int>] = [], optionFirst = [0]
        func add(_ text: String, colon: Bool) -> Range<Int> {
            let start = bytes.count
            bytes += [0x22] + Array(text.utf8) + [0x22] + (colon ? [0x3A] : [])
            return start..<bytes.count
        }
        for item in form.items {
            keyRanges.append(add(item.id, colon: true))
            optionRanges += item.options.map { add($0.id, colon: false) }
            optionFirst.append(optionRanges.count)
        }
        patterns = bytes
        keyPattern = keyRanges
        optionFlat = optionRanges
        self.optionFirst = optionFirst
        keyItems = items.sorted()
        readsDays = days
        let plain = form.scores.map { $0.syntax?.summedItems(form.itemIndex, itemCount: form.items.count) }
        sums = plain.allSatisfy { $0 != nil } ? plain.map { $0! } : nil
        atAges = Array(Set(recommendations.compactMap(\.atAgeMonths))).sorted()
    }
}
