#if canImport(Glibc)
import Glibc
#endif
import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// The fast lane of `evaluate --lines`: a request line read straight into option indices, its
/// scores computed by the instrument's compiled rules, and the rest of its result copied from an
/// earlier line that had the same key.
///
/// A result after its head (id, day, ages) depends only on the locale, the age in months, each
/// response's scores and the answers its band, critical and recommendation rules read directly
/// (`LanePlan`), and on dates that are the visit day plus a number of days fixed by those. So the
/// first line with a key is evaluated the general way, and its tail kept as a template whose dates
/// are holes; later lines with the key write their own head and the template with their dates.
/// The holes are found by evaluating that first line again 400 years later (the Gregorian
/// calendar repeats, so every age is the same): the bytes that differ must be whole dates.
///
/// Every byte the lane writes was written by the general encoder, so there is one source of
/// results; `StreamLaneTests` checks the lane against the general path on random requests for
/// every shipped instrument. A line the lane does not fully understand (missing answers, a form,
/// a gestational age, a context, anything unusual) is left to the general path: `answer` returns false.
/// Not thread-safe: one lane per thread. Its mutable properties are `@exclusivity(unchecked)`:
/// one thread and no overlapping `inout` use them (the checked build of every test found none),
/// and the run-time check of each access cost 1,200 instructions a line (docs/performance.md).
package final class StreamLane {
    let evaluator: Evaluator
    let encoder: ResultEncoder
    let plans: [LanePlan]
    /// Each plan's frame (for scores that are not plain sums).
    let frames: [EvalFrame]
    /// The answers on the current line, as option indices (-1: unanswered), plan after plan from
    /// `firstChoice[plan]`. A raw buffer: the scanner writes it for every answer, and a class's
    /// array would be checked for exclusive access each time.
    let choices: UnsafeMutableBufferPointer<Int8>
    let firstChoice: [Int]
    /// The plans of the current line's responses, in order.
    @exclusivity(unchecked) var linePlans: [Int] = []
    @exclusivity(unchecked) var key: [UInt64] = []
    /// Where a first line's other results and heads are written to be compared, kept for reuse.
    @exclusivity(unchecked) var scratch = JSONWriter(capacity: 4096)
    @exclusivity(unchecked) package private(set) var memo: TailMemo
    /// The encoder's head split at its values; nil if it could not be, or once it disagreed with the encoder.
    @exclusivity(unchecked) package private(set) var headTemplate: HeadTemplate?

    /// The Gregorian calendar repeats every 400 years, weekdays and leap days included.
    static let fourHundredYears = 146_097

    /// Whether the lane steps aside from a stream whose keys do not come back (tests turn it off
    /// to check every line).
    let stepsAside: Bool

    /// nil when results are explained or indented: the lane writes only plain results.
    package init?(evaluator: Evaluator, encoder: ResultEncoder, stepsAside: Bool = true, memoEntries: Int = TailMemo.defaultEntries) {
        guard !evaluator.explain, !encoder.explain, !encoder.pretty else { return nil }
        self.evaluator = evaluator
        self.encoder = encoder
        self.stepsAside = stepsAside
        memo = TailMemo(maxEntries: memoEntries)
        plans = evaluator.set.ids.compactMap { evaluator.set[$0].flatMap(LanePlan.init) }
        frames = plans.map { EvalFrame(itemCount: $0.form.items.count, scoreCount: $0.form.scores.count) }
        var first: [Int] = [], count = 0
        for p in plans { first.append(count); count += p.form.items.count }
        firstChoice = first
        choices = .allocate(capacity: max(1, count))
        choices.initialize(repeating: -1)
        headTemplate = HeadTemplate(encoder, draftFailures: evaluator.draftFailures)
        linePlans.reserveCapacity(8)
        key.reserveCapacity(64)
    }

    /// Lines scanned and answered from the memo in the current window of `window` lines.
    @exclusivity(unchecked) var window = (scanned: 0, hits: 0)
    package static let window = 4096, firstLook = 512
    /// Lines still to leave to the general path, and how long the last rest was.
    @exclusivity(unchecked) package private(set) var resting = 0
    @exclusivity(unchecked) package private(set) var rest = 0
    /// Lines the lane read whole, answered from a kept tail, and evaluated to keep one.
    @exclusivity(unchecked) package private(set) var stats = (scanned: 0, hits: 0, learnt: 0)

    deinit { choices.deallocate() }

    /// Entries of the memo already given to the other lanes (`share`).
    @exclusivity(unchecked) var sharedUpTo = 0

    /// Gives each lane what the others have learnt since the last call. The lanes of a stream's
    /// threads see the same keys, and learning one costs two general evaluations: without this,
    /// each thread learnt every key again. Call it when no lane is in use (between blocks).
    package static func share(_ lanes: [StreamLane]) {
        let active = lanes.filter { $0.resting == 0 }
        guard active.count > 1 else { return }
        let fresh = active.map { $0.sharedUpTo..<$0.memo.entries.count }
        for (a, lane) in active.enumerated() {
            for (b, other) in active.enumerated() where b != a && !fresh[b].isEmpty && !lane.memo.isFull {
                lane.memo.adopt(other.memo, fresh[b])
            }
        }
        for lane in active { lane.sharedUpTo = lane.memo.entries.count }
    }

    /// Leaves the next lines to the general path, twice as many as last time (at least 16 windows,
    /// at most 2^20 lines), and lets the memo and its memory go. Returns false, for `answer`.
    func stepAside() -> Bool {
        rest = min(max(2 * rest, 16 * Self.window), 1 << 20)
        resting = rest
        memo = TailMemo(maxEntries: memo.maxEntries)
        sharedUpTo = 0
        return false
    }

    /// Appends the result of one request line (without its newline) to `out` and returns true,
    /// or returns false having written nothing: the line is for the general path.
    package func answer(_ line: UnsafeBufferPointer<UInt8>, into out: inout JSONWriter) -> Bool {
        if resting > 0 {
            resting -= 1
            return false
        }
        guard let request = scan(line), request.assessed >= request.birth else { return false }
        stats.scanned += 1
        window.scanned += 1
        // Not one line of a window's first 512 answered from the memo: the keys do not repeat (the
        // mixed stream). Stepping aside now, not after 4,096 lines, keeps its memo (every line a new
        // tail of 2-3 KB, on every thread) from costing more memory than the stream ever gains.
        if stepsAside && window.scanned == Self.firstLook && window.hits == 0 {
            window = (0, 0)
            return stepAside()
        }
        if window.scanned == Self.window {
            defer { window = (0, 0) }
            // Keys that rarely come back (visits of several instruments, each scored its own way)
            // make every line a first line, evaluated twice: when fewer than a quarter of a window's
            // lines were answered from the memo, the lane steps aside for a while, longer each time
            // it finds the stream unchanged. (A stream it serves well answers fewer lines while its
            // memo fills, but well above a quarter: the M-CHAT-R streams of bench/ and compare.py
            // answer 61% and 79% of their first 4,096 lines.)
            if stepsAside && window.hits * 4 < window.scanned { return stepAside() }
            rest = 0
        }
        let ages = ChildAges(birthDate: request.birth, assessedOn: request.assessed, gestationalWeeks: nil)
        let months = ages.chronological.months
        guard months <= Evaluator.maxAgeMonths else { return false }
        let totalDays = request.assessed.dayNumber - request.birth.dayNumber
        key.removeAll(keepingCapacity: true)
        key.append(UInt64(Self.locales.firstIndex { $0.locale == request.locale }!) | UInt64(linePlans.count) << 8 | UInt64(months) << 16)
        for p in linePlans { score(p, months: months, days: totalDays, into: &key) }
        var found = memo.find(key)
        var extended = false
        if let e = found, memo.isMarker(e) {
            addDueDays(request, months: months, into: &key)
            extended = true
            found = memo.find(key)
        }
        if let tail = found {
            if let headTemplate {
                headTemplate.write(id: request.id.map { UnsafeBufferPointer(rebasing: line[$0]) }, ages: ages, &out)
            } else {
                encoder.head(&out, id: request.id.map { ByteCursor(line).text($0) }, ages: ages, correctedAge: nil, correctedFrom: nil,
                             context: [], draftFailures: evaluator.draftFailures)
            }
            memo.write(tail, assessedOn: request.assessed, &out)
            stats.hits += 1
            window.hits += 1
            return true
        }
        // A full memo learns nothing more: the line goes the general way, evaluated once.
        if memo.isFull { return false }
        return learn(line, request, id: request.id.map { ByteCursor(line).text($0) }, ages: ages, months: months,
                     extended: extended, into: &out)
    }

    // MARK: - Reading the line

    struct Request {
        var id: Range<Int>?
        var birth: CalendarDate
        var assessed: CalendarDate
        var locale: Locale
    }

    /// The request, when it is one the lane takes whole: the same keys and checks as
    /// `RequestScanner`, but no gestational age, form or context, and every item answered with
    /// one option of its instrument's only form.
    func scan(_ line: UnsafeBufferPointer<UInt8>) -> Request? {
        var c = ByteCursor(line)
        linePlans.removeAll(keepingCapacity: true)
        var seen: UInt8 = 0
        var id: Range<Int>? = nil
        var birth: CalendarDate? = nil, assessed: CalendarDate? = nil
        var locale = Locale.en
        var responses = false
        func once(_ bit: UInt8) -> Bool {
            if seen & bit != 0 { return false }
            seen |= bit
            return true
        }
        let ok = c.object { c, key in
            if c.equals(key, "format") {
                guard once(1), let r = c.plainString(), c.equals(r, "earlyscreen/request@1") else { return false }
            } else if c.equals(key, "id") {
                guard once(2) else { return false }
                if c.null() { return true }
                guard let r = c.plainString(), r.count <= RequestDecoder.maxIDLength else { return false }
                id = r
            } else if c.equals(key, "child") {
                guard once(4) else { return false }
                var childSeen: UInt8 = 0
                return c.object { c, key in
                    if c.equals(key, "birth_date") {
                        guard childSeen & 1 == 0, let r = c.plainString(), let d = CalendarDate(iso: UnsafeBufferPointer(rebasing: c.b[r])) else { return false }
                        childSeen |= 1
                        birth = d
                    } else if c.equals(key, "gestational_age_weeks") {
                        guard childSeen & 2 == 0, c.null() else { return false }
                        childSeen |= 2
                    } else if c.equals(key, "sex") {
                        guard childSeen & 4 == 0 else { return false }
                        childSeen |= 4
                        if c.null() { return true }
                        guard let r = c.plainString(), c.equals(r, "female") || c.equals(r, "male") || c.equals(r, "other") else { return false }
                    } else {
                        return false
                    }
                    return true
                }
            } else if c.equals(key, "assessed_on") {
                guard once(8), let r = c.plainString(), let d = CalendarDate(iso: UnsafeBufferPointer(rebasing: c.b[r])) else { return false }
                assessed = d
            } else if c.equals(key, "locale") {
                guard once(16) else { return false }
                if c.null() { return true }
                guard let r = c.plainString(), let l = Self.locales.first(where: { c.equals(r, $0.id) }) else { return false }
                locale = l.locale
            } else if c.equals(key, "responses") {
                guard once(32), self.responses(&c) else { return false }
                responses = true
            } else if c.equals(key, "context") {
                guard once(64), c.null() else { return false }
            } else {
                return false
            }
            return true
        }
        c.space()
        guard ok, c.i == line.count, let birth, let assessed, responses else { return nil }
        return Request(id: id, birth: birth, assessed: assessed, locale: locale)
    }

    /// At least one response, each of a planned instrument named once, before its answers.
    func responses(_ c: inout ByteCursor) -> Bool {
        guard c.take(UInt8(ascii: "[")) else { return false }
        repeat {
            var plan: Int? = nil
            var seen: UInt8 = 0
            let ok = c.object { c, key in
                if c.equals(key, "instrument") {
                    guard seen & 1 == 0, let r = c.plainString(),
                          let p = self.plans.indices.first(where: { c.equals(r, self.plans[$0].id) }), !self.linePlans.contains(p) else { return false }
                    seen |= 1
                    plan = p
                } else if c.equals(key, "form") {
                    guard seen & 2 == 0, c.null() else { return false }
                    seen |= 2
                } else if c.equals(key, "answers") {
                    guard seen & 4 == 0, let plan, self.answers(&c, plan) else { return false }
                    seen |= 4
                } else {
                    return false
                }
                return true
            }
            guard ok, let plan, seen & 4 != 0 else { return false }
            linePlans.append(plan)
        } while c.take(UInt8(ascii: ","))
        return c.take(UInt8(ascii: "]"))
    }

    /// One option for every item of the plan's form, each once.
    func answers(_ c: inout ByteCursor, _ p: Int) -> Bool {
        let plan = plans[p]
        let count = plan.table.count
        let picks = UnsafeMutableBufferPointer(rebasing: choices[firstChoice[p]..<(firstChoice[p] + count)])
        // A line given up half-way leaves answers behind: each response starts afresh.
        picks.update(repeating: -1)
        guard c.take(UInt8(ascii: "{")) else { return false }
        if c.take(UInt8(ascii: "}")) { return count == 0 }
        var position = 0
        let ok = plan.patterns.withUnsafeBufferPointer { patterns -> Bool in
            repeat {
                // The usual case first: the next item in order, written without spaces.
                if !plainAnswer(&c, plan, patterns, position, picks) {
                    guard let key = c.plainString(), let item = plan.table.item(UnsafeBufferPointer(rebasing: c.b[key]), guess: position),
                          picks[item] < 0, c.take(UInt8(ascii: ":")), c.peek() == UInt8(ascii: "\""), let v = c.plainString(),
                          let k = plan.table.option(item, UnsafeBufferPointer(rebasing: c.b[v])) else { return false }
                    picks[item] = Int8(k)
                }
                position += 1
            } while c.take(UInt8(ascii: ","))
            return true
        }
        return ok && c.take(UInt8(ascii: "}")) && position == count
    }

    /// `"q1":"yes"` for the item at `position`, matched as bytes; false (cursor unmoved) otherwise.
    func plainAnswer(_ c: inout ByteCursor, _ plan: LanePlan, _ patterns: UnsafeBufferPointer<UInt8>, _ position: Int,
                     _ picks: UnsafeMutableBufferPointer<Int8>) -> Bool {
        guard position < picks.count, picks[position] < 0 else { return false }
        let line = c.b
        func matches(_ at: Int, _ r: Range<Int>) -> Bool {
            at + r.count <= line.count && memcmp(line.baseAddress! + at, patterns.baseAddress! + r.lowerBound, r.count) == 0
        }
        let key = plan.keyPattern[position]
        guard matches(c.i, key) else { return false }
        let at = c.i + key.count
        let first = plan.optionFirst[position]
        for k in first..<plan.optionFirst[position + 1] {
            let option = plan.optionFlat[k]
            if matches(at, option) {
                picks[position] = Int8(k - first)
                c.i = at + option.count
                return true
            }
        }
        return false
    }

    // MARK: - The key

    /// Scores the response and adds to the key everything the rest of its result can depend on
    /// but the days recommendations due at an age fall on (`addDueDays`).
    func score(_ p: Int, months: Int, days: Int, into key: inout [UInt64]) {
        let plan = plans[p]
        let picks = UnsafeBufferPointer(rebasing: choices[firstChoice[p]..<(firstChoice[p] + plan.optionPoints.count)])
        let inRange = plan.instrument.ages.contains(months)
        if let sums = plan.sums {
            // Every score a plain sum of answered items: exactly what its compiled rule gives.
            key.append(UInt64(p) | (inRange ? 1 << 16 : 0))
            if plan.readsDays { key.append(UInt64(days)) }
            for items in sums {
                var total = 0.0
                for i in items { total += plan.optionPoints[i][Int(picks[i])] }
                key.append(total.bitPattern); key.append(total.bitPattern)
            }
        } else {
            let frame = frames[p], form = plan.form
            for i in picks.indices { plan.table.record(i, option: Int(picks[i]), in: frame) }
            // As Evaluator.setAges with no gestational age: every age is the chronological one.
            frame.ages[0] = Double(months); frame.ages[1] = Double(months); frame.ages[2] = Double(months)
            frame.ages[3] = Double(days)
            frame.divisionByZero = false
            for (j, s) in form.scores.enumerated() { frame.scores[j] = s.expression.run(frame) }
            key.append(UInt64(p) | (inRange ? 1 << 16 : 0) | (frame.divisionByZero ? 1 << 17 : 0))
            if plan.readsDays { key.append(UInt64(days)) }
            for j in 0..<frame.scores.count { key.append(frame.scores[j].lo.bitPattern); key.append(frame.scores[j].hi.bitPattern) }
        }
        var packed: UInt64 = 0, n = 0
        for i in plan.keyItems {
            packed = packed << 8 | UInt64(UInt8(bitPattern: picks[i]))
            n += 1
            if n == 8 { key.append(packed); packed = 0; n = 0 }
        }
        if n > 0 { key.append(packed) }
    }

    /// The days after the visit that recommendations due at an age would fall on (only a
    /// response in its age range recommends). Only keys whose results hold such a recommendation
    /// need them: the others would be split by the child's birthday for nothing.
    func addDueDays(_ request: Request, months: Int, into key: inout [UInt64]) {
        for p in linePlans where plans[p].instrument.ages.contains(months) {
            for at in plans[p].atAges {
                key.append(UInt64(max(0, request.birth.adding(months: at).dayNumber - request.assessed.dayNumber)))
            }
        }
    }

    // MARK: - The first line with a key

    /// Evaluates the line the general way and keeps its tail for the lines with the same key.
    /// Returns false (nothing written) when the general path would not take it as the lane did.
    func learn(_ line: UnsafeBufferPointer<UInt8>, _ scanned: Request, id: String?, ages: ChildAges, months: Int, extended: Bool,
               into out: inout JSONWriter) -> Bool {
        guard let request = RequestScanner.scan(line, set: evaluator.set), let result = try? evaluator.evaluate(request) else { return false }
        let start = out.byteCount
        encoder.encode(result, into: &out)
        let bytes = out.withBytes { Array($0[start...]) }
        var later = request
        later.birthDate = request.birthDate.adding(days: Self.fourHundredYears)
        later.assessedOn = request.assessedOn.adding(days: Self.fourHundredYears)
        let laterAges = ChildAges(birthDate: later.birthDate, assessedOn: later.assessedOn, gestationalWeeks: nil)
        if let laterResult = try? evaluator.evaluate(later),
           let first = tail(of: bytes, id: id, ages: ages), let second = tail(of: written { encoder.encode(laterResult, into: &$0) }, id: id, ages: laterAges) {
            let dueAtAge = result.results.contains { $0.recommendations.contains { $0.dueBy != nil } }
            if dueAtAge && !extended {
                memo.addMarker(key)
                addDueDays(scanned, months: months, into: &key)
            }
            if dueAtAge || !extended {
                stats.learnt += 1
                memo.add(key, tail: first, later: second, assessedOn: request.assessedOn)
            }
        }
        return true
    }

    /// What `write` writes, written through the scratch writer.
    func written(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
        scratch.removeAll()
        write(&scratch)
        return scratch.bytes
    }

    /// The bytes after the head the lane writes, when the result begins with exactly that head.
    func tail(of bytes: [UInt8], id: String?, ages: ChildAges) -> ArraySlice<UInt8>? {
        let head = written { encoder.head(&$0, id: id, ages: ages, correctedAge: nil, correctedFrom: nil, context: [], draftFailures: evaluator.draftFailures) }
        if let template = headTemplate {
            // The template must write what the encoder writes; if it ever does not, it is dropped.
            scratch.removeAll()
            if var i = id {
                i.withUTF8 { template.write(id: $0, ages: ages, &scratch) }
            } else {
                template.write(id: nil, ages: ages, &scratch)
            }
            if !scratch.withBytes({ $0.elementsEqual(head) }) { headTemplate = nil }
        }
        guard bytes.count > head.count, bytes.starts(with: head) else { return nil }
        return bytes[head.count...]
    }
}

extension StreamLane {
    /// The locales and their ids as bytes, made once.
    static let locales: [(locale: Locale, id: [UInt8])] = Locale.allCases.map { ($0, Array($0.rawValue.utf8)) }
}
