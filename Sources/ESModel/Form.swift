import ESSource
import ESExpr
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
extension Instrument {
    /// One age form of an instrument with its own items and the rules compiled against them.
    /// Instruments without age forms have a single form with id `all`.
    public struct Form: Sendable {
        public package(set) var id: String
        public package(set) var ages: AgeWindow
        public package(set) var items: [Item] { didSet { answers = AnswerTable(items) } }
        public package(set) var itemIndex: [String: Int]
        /// The items' ids, options and points in flat arrays, made from `items`: what reading a
        /// response needs, referenced rather than copied item by item.
        package private(set) var answers: AnswerTable
        package var scores: [Score]
        package var bands: [Band] { didSet { oneBand = bands.indices.map { [$0] } } }
        /// `[k]` for each band k, made once: what `possibleBands` most often answers, handed out
        /// without making an array per evaluation.
        package private(set) var oneBand: [[Int]]
        package var critical: [CriticalRule]
        /// Whether the form was declared in the file (false for the implicit `all` form).
        public package(set) var declared: Bool

        package init(id: String, ages: AgeWindow, items: [Item], itemIndex: [String: Int], scores: [Score], bands: [Band], critical: [CriticalRule], declared: Bool) {
            self.id = id
            self.ages = ages
            self.items = items
            self.answers = AnswerTable(items)
            self.itemIndex = itemIndex
            self.scores = scores
            self.bands = bands
            self.oneBand = bands.indices.map { [$0] }
            self.critical = critical
            self.declared = declared
        }
    }
}

package typealias Form = Instrument.Form

/// A form's items for reading answers: item `i`'s options are `optionIDs[optionStart[i]..<optionStart[i + 1]]`
/// with their points beside them. A class, so a form is not copied item by item per request.
package final class AnswerTable: Sendable {
    package let ids: [String]
    /// Each item's points while unanswered: its whole range.
    package let unanswered: [Interval]
    package let optionStart: [Int]
    package let optionIDs: [String]
    package let optionPoints: [Double]
    package let takesOne: [Bool]
    /// The same ids as UTF-8, one after another: `idBytes[idEnd[i - 1]..<idEnd[i]]` is item `i`'s,
    /// `optionBytes[optionEnd[k - 1]..<optionEnd[k]]` option `k`'s (flat, as `optionIDs`). A
    /// scanner reads answers straight into option indices with them, making no `String`.
    let idBytes: [UInt8], idEnd: [Int]
    let optionBytes: [UInt8], optionEnd: [Int]

    package init(_ items: [Instrument.Item]) {
        ids = items.map(\.id)
        // Every form of every instrument is tabled at each start: one pass, no array per id.
        var idBytes: [UInt8] = [], idEnd = [0], optionBytes: [UInt8] = [], optionEnd = [0]
        for item in items {
            idBytes.append(contentsOf: item.id.utf8)
            idEnd.append(idBytes.count)
            for o in item.options {
                optionBytes.append(contentsOf: o.id.utf8)
                optionEnd.append(optionBytes.count)
            }
        }
        (self.idBytes, self.idEnd, self.optionBytes, self.optionEnd) = (idBytes, idEnd, optionBytes, optionEnd)
        unanswered = items.map { Interval($0.minPoints, $0.maxPoints) }
        var start = [0]
        for item in items { start.append(start.last! + item.options.count) }
        optionStart = start
        optionIDs = items.flatMap { $0.options.map(\.id) }
        optionPoints = items.flatMap { $0.options.map(\.points) }
        takesOne = items.map { $0.selection == .one }
    }

    /// The index within item `i` of the option with this id.
    @inline(__always) package func option(_ i: Int, _ id: String) -> Int? {
        let first = optionStart[i], end = optionStart[i + 1]
        var k = first
        while k < end {
            if optionIDs[k] == id { return k - first }
            k += 1
        }
        return nil
    }

    /// The item whose id is `key`, trying `guess` first (answers usually come in the form's order).
    package func item(_ key: UnsafeBufferPointer<UInt8>, guess: Int) -> Int? {
        idEnd.withUnsafeBufferPointer { end in
            idBytes.withUnsafeBufferPointer { bytes in
                if guess + 1 < end.count && Self.equal(key, bytes, end[guess], end[guess + 1]) { return guess }
                for i in 0..<end.count - 1 where i != guess && Self.equal(key, bytes, end[i], end[i + 1]) { return i }
                return nil
            }
        }
    }

    /// The index within item `i` of the option whose id is `value`.
    package func option(_ i: Int, _ value: UnsafeBufferPointer<UInt8>) -> Int? {
        let first = optionStart[i], last = optionStart[i + 1]
        return optionEnd.withUnsafeBufferPointer { end in
            optionBytes.withUnsafeBufferPointer { bytes in
                for k in first..<last where Self.equal(value, bytes, end[k], end[k + 1]) { return k - first }
                return nil
            }
        }
    }

    @inline(__always) static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard a.count == end - start, let p = a.baseAddress, let q = b.baseAddress else { return a.count == end - start }
        return memcmp(p, q + start, a.count) == 0
    }

    /// Points of option `k` of item `i`.
    @inline(__always) package func points(_ i: Int, _ k: Int) -> Double { optionPoints[optionStart[i] + k] }

    /// Item `i` answered with its option `k`: that option ticked, and its points exactly.
    @inline(__always) package func record(_ i: Int, option k: Int, in frame: EvalFrame) {
        frame.selected[i] = 1 << UInt64(k)
        frame.points[i] = Interval(exactly: points(i, k))
    }

    /// Every item's answer put into the frame in one pass: the option in `choices` (one index per
    /// item, each checked against this table when it was read), or the item's whole range where
    /// it is negative (unanswered). The slots are counted once, not at each item: this runs for
    /// every response.
    package func record(choices: [Int8], in frame: EvalFrame) {
        let n = count
        precondition(choices.count == n && frame.points.count >= n && frame.selected.count >= n, "answers for another form")
        let points = frame.points.unsafeBase, selected = frame.selected.unsafeBase
        choices.withUnsafeBufferPointer { c in
            optionStart.withUnsafeBufferPointer { start in
                optionPoints.withUnsafeBufferPointer { p in
                    unanswered.withUnsafeBufferPointer { whole in
                        for i in 0..<n {
                            let k = Int(c[i])
                            if k < 0 {
                                points[i] = whole[i]
                            } else {
                                selected[i] = 1 << UInt64(k)
                                points[i] = Interval(exactly: p[start[i] + k])
                            }
                        }
                    }
                }
            }
        }
    }

    package var count: Int { ids.count }
}

extension Instrument {
    public struct Item: Sendable {
        public enum Selection: String, Sendable { case one, many }
        public let id: String
        public let label: LocalizedText
        public let options: [AnswerOption]
        public let selection: Selection
        public let location: Diagnostic.SourceLocation

        /// The fewest and most points an answer can give (a many-answer item scores its most concerning tick).
        public let minPoints: Double
        public let maxPoints: Double

        public init(id: String, label: LocalizedText, options: [AnswerOption], selection: Selection, location: Diagnostic.SourceLocation) {
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
}

package typealias Item = Instrument.Item

extension Instrument {
    public struct AnswerOption: Sendable {
        public package(set) var id: String
        public package(set) var label: LocalizedText
        public package(set) var points: Double
        public package(set) var location: Diagnostic.SourceLocation

        package init(id: String, label: LocalizedText, points: Double, location: SourceLocation) {
            self.id = id
            self.label = label
            self.points = points
            self.location = location
        }
    }
}

package typealias AnswerOption = Instrument.AnswerOption

/// What a score does with unanswered items it reads.
package enum MissingFill: Sendable, Hashable {
    /// Unanswered items make the score a range over every possible answer (the default).
    case interval
    /// The published rule counts an unanswered item as 0 points (SWYC BPSC).
    case zero
    /// Up to `max` unanswered items: scale the answered sum up (ASQ-style); beyond that, a range.
    case prorate(max: Int)
}

package struct Score: Sendable {
    package var id: String
    package var title: LocalizedText
    package var expression: CompiledNumber
    package var source: String
    /// The rule as parsed once at load (nil only where a rule did not parse: such a set does not load).
    package var syntax: Syntax?
    /// Item indices the score reads, directly or through other scores.
    package var items: [Int]
    package var fill: MissingFill
    package var location: SourceLocation

    package init(id: String, title: LocalizedText, expression: CompiledNumber, source: String, syntax: Syntax? = nil, items: [Int], fill: MissingFill, location: SourceLocation) {
        self.id = id
        self.title = title
        self.expression = expression
        self.source = source
        self.syntax = syntax
        self.items = items
        self.fill = fill
        self.location = location
    }
}

package struct Band: Sendable {
    package var id: String
    package var title: LocalizedText
    package var condition: CompiledBool
    package var source: String
    /// The rule as parsed once at load (nil only where a rule did not parse: such a set does not load).
    package var syntax: Syntax?
    package var outcome: Outcome
    package var recommendations: [Recommendation]
    package var location: SourceLocation

    package init(id: String, title: LocalizedText, condition: CompiledBool, source: String, syntax: Syntax? = nil, outcome: Outcome, recommendations: [Recommendation], location: SourceLocation) {
        self.id = id
        self.title = title
        self.condition = condition
        self.source = source
        self.syntax = syntax
        self.outcome = outcome
        self.recommendations = recommendations
        self.location = location
    }
}

/// An answer that sets the outcome or adds a recommendation whatever the totals (EPDS item 10).
package struct CriticalRule: Sendable {
    package var id: String
    package var title: LocalizedText
    package var condition: CompiledBool
    package var source: String
    /// The rule as parsed once at load (nil only where a rule did not parse: such a set does not load).
    package var syntax: Syntax?
    package var items: [Int]
    package var band: String?
    package var outcome: Outcome?
    package var recommendations: [Recommendation]
    package var location: SourceLocation

    package init(id: String, title: LocalizedText, condition: CompiledBool, source: String, syntax: Syntax? = nil, items: [Int], band: String? = nil, outcome: Outcome? = nil, recommendations: [Recommendation], location: SourceLocation) {
        self.id = id
        self.title = title
        self.condition = condition
        self.source = source
        self.syntax = syntax
        self.items = items
        self.band = band
        self.outcome = outcome
        self.recommendations = recommendations
        self.location = location
    }
}

package struct Recommendation: Sendable {
    package var referral: String
    package var urgency: String
    /// Only when this holds (for example `age_months < 24`); nil: always.
    package var condition: CompiledBool?
    package var source: String?
    /// Due on the day the child reaches this age (the M-CHAT-R re-screen at 24 months), instead of
    /// the catalog's days after the visit.
    package var atAgeMonths: Int? = nil
    package var location: SourceLocation

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
package struct EmbeddedTest: Sendable {
    package enum Fill: String, Sendable { case missing, lowest, highest }
    package var name: String
    package var ageMonths: Int
    /// When given, the child's age in days (for rules on `age_days`); `ageMonths` is then unused.
    package var ageDays: Int?
    package var gestationalWeeks: Int?
    package var form: String?
    package var answers: [(item: String, options: [String]?, location: SourceLocation)]
    package var fill: Fill
    /// For a second stage: the first stage's band and the items that failed there.
    package var firstStage: (band: String, failed: [String])?
    package var expectStatus: String?
    package var expectBand: String?
    package var expectBandIsNone: Bool
    /// When incomplete: the least severe band the unanswered items still allow.
    package var expectBandAtLeast: String? = nil
    package var expectScores: [(String, Double, SourceLocation)]
    package var expectOutcome: String?
    /// The age form the engine should pick (forms by age).
    package var expectForm: String?
    package var expectReferrals: [String]?
    package var expectMissing: [String]?
    package var location: SourceLocation

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
