import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
import ESReport
import ESTally
import ESFHIR
/// What an edit to the instruments would change: every request of a corpus evaluated under two
/// sets (`earlyscreen diff --from A --to B`), counted as transitions per instrument — bands,
/// outcomes, referrals, due dates — with the first ids of each transition as examples.
///
/// Requests are counted one at a time; memory grows with the number of distinct transitions, not
/// with the corpus.
package struct ImpactDiff: Sendable {
    package static let format = "earlyscreen/diff@1"
    /// Examples kept per transition.
    package static let examplesPerTransition = 3

    package struct Transition: Sendable, Hashable, Comparable {
        package var from: String
        package var to: String
        package var changed: Bool { from != to }
        package static func < (a: Transition, b: Transition) -> Bool { (a.from, a.to) < (b.from, b.to) }
    }

    package struct Count: Sendable {
        package var n = 0
        package var examples: [String] = []
        mutating func add(_ example: String) {
            n += 1
            if examples.count < ImpactDiff.examplesPerTransition { examples.append(example) }
        }
    }

    package struct PerInstrument: Sendable {
        package var responses = 0
        /// The band, or "at least B" when unanswered items leave it open, or the status.
        package var bands: [Transition: Count] = [:]
        package var outcomes: [Transition: Count] = [:]
        /// Responses whose recommendations (referral and urgency) differ.
        package var referralsChanged = Count()
    }

    package var requests = 0
    /// Visit outcome (or "rejected: CODE" for a request one set rejects).
    package var visits: [Transition: Count] = [:]
    package var instruments: [String: PerInstrument] = [:]
    /// Visits whose referrals (referral, urgency or due date) differ.
    package var dueDatesChanged = Count()

    package init() {}

    /// Whether anything differs between the two sets on the corpus so far.
    package var anyChange: Bool {
        visits.keys.contains { $0.changed } || dueDatesChanged.n > 0
            || instruments.values.contains { i in i.bands.keys.contains { $0.changed } || i.outcomes.keys.contains { $0.changed } || i.referralsChanged.n > 0 }
    }

    static func state(_ r: InstrumentResult) -> String {
        if let b = r.band { return b }
        if let b = r.bandAtLeast { return "at least \(b)" }
        return r.status.rawValue
    }

    /// Counts one request, evaluated (or rejected) under both sets; `example` names it (its id,
    /// or its line number).
    package mutating func add(_ a: Result<ScreeningResult, RequestError>, _ b: Result<ScreeningResult, RequestError>, example: String) {
        requests += 1
        func visit(_ r: Result<ScreeningResult, RequestError>) -> String {
            switch r {
            case .success(let s): s.outcome.rawValue
            case .failure(let e): "rejected: \(e.code)"
            }
        }
        visits[Transition(from: visit(a), to: visit(b)), default: Count()].add(example)
        guard case .success(let x) = a, case .success(let y) = b else { return }
        var ids = x.results.map(\.instrument)
        for r in y.results where !ids.contains(r.instrument) { ids.append(r.instrument) }
        for id in ids {
            let rx = x.results.first { $0.instrument == id }, ry = y.results.first { $0.instrument == id }
            var i = instruments[id] ?? PerInstrument()
            i.responses += 1
            i.bands[Transition(from: rx.map(Self.state) ?? "absent", to: ry.map(Self.state) ?? "absent"), default: Count()].add(example)
            i.outcomes[Transition(from: rx?.outcome.rawValue ?? "absent", to: ry?.outcome.rawValue ?? "absent"), default: Count()].add(example)
            let recs = { (r: InstrumentResult?) in Set((r?.recommendations ?? []).map { "\($0.referral) \($0.urgency)" }) }
            if recs(rx) != recs(ry) { i.referralsChanged.add(example) }
            instruments[id] = i
        }
        let due = { (s: ScreeningResult) in s.referrals.map { "\($0.referral) \($0.urgency) \($0.dueBy)" }.sorted() }
        if due(x) != due(y) { dueDatesChanged.add(example) }
    }

    // MARK: - Output

    package func json(from: String, to: String, pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        func table(_ t: [Transition: Count]) {
            w.beginArray()
            for (k, c) in t.sorted(by: { $0.key < $1.key }) {
                w.beginObject()
                w.key("from"); w.string(k.from)
                w.key("to"); w.string(k.to)
                w.key("n"); w.int(c.n)
                w.key("changed"); w.bool(k.changed)
                w.key("examples"); w.beginArray(); for e in c.examples { w.string(e) }; w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        func count(_ c: Count) {
            w.beginObject()
            w.key("n"); w.int(c.n)
            w.key("examples"); w.beginArray(); for e in c.examples { w.string(e) }; w.endArray()
            w.endObject()
        }
        w.beginObject()
        w.key("format"); w.string(Self.format)
        w.key("from"); w.string(from)
        w.key("to"); w.string(to)
        w.key("requests"); w.int(requests)
        w.key("changed"); w.bool(anyChange)
        w.key("visit_outcomes"); table(visits)
        w.key("visit_referrals_changed"); count(dueDatesChanged)
        w.key("instruments"); w.beginObject()
        for (id, i) in instruments.sorted(by: { $0.key < $1.key }) {
            w.key(dynamic: id); w.beginObject()
            w.key("responses"); w.int(i.responses)
            w.key("bands"); table(i.bands)
            w.key("outcomes"); table(i.outcomes)
            w.key("referrals_changed"); count(i.referralsChanged)
            w.endObject()
        }
        w.endObject()
        w.endObject()
        return w.bytes
    }

    /// For a reviewer: only what changed, most frequent first, with examples.
    package func text(from: String, to: String) -> String {
        var s = "Impact of \(from) → \(to) on \(requests) requests\n"
        guard anyChange else { return s + "No result changes.\n" }
        func lines(_ t: [Transition: Count], _ indent: String) -> String {
            t.filter { $0.key.changed }.sorted { ($1.value.n, $0.key) < ($0.value.n, $1.key) }.map { k, c in
                "\(indent)\(k.from) → \(k.to): \(c.n)  (e.g. \(c.examples.joined(separator: ", ")))\n"
            }.joined()
        }
        let visitLines = lines(visits, "  ")
        if !visitLines.isEmpty { s += "\nVisit outcome:\n" + visitLines }
        if dueDatesChanged.n > 0 { s += "  referrals or their due dates changed: \(dueDatesChanged.n)  (e.g. \(dueDatesChanged.examples.joined(separator: ", ")))\n" }
        for (id, i) in instruments.sorted(by: { $0.key < $1.key }) {
            let bands = lines(i.bands, "    "), outcomes = lines(i.outcomes, "    ")
            guard !bands.isEmpty || !outcomes.isEmpty || i.referralsChanged.n > 0 else { continue }
            s += "\n\(id) (\(i.responses) responses):\n"
            if !bands.isEmpty { s += "  band:\n" + bands }
            if !outcomes.isEmpty { s += "  outcome:\n" + outcomes }
            if i.referralsChanged.n > 0 { s += "  recommendations changed: \(i.referralsChanged.n)  (e.g. \(i.referralsChanged.examples.joined(separator: ", ")))\n" }
        }
        return s
    }
}
