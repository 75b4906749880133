import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// A tally's raw counts as JSON (`earlyscreen/tally-state@1`), written by `tally --partial` and
/// read by `tally --merge`: plain sums, keys sorted, so the same counts give the same bytes.
extension Tally {
    package struct StateError: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// Groups in a stable order: by key, a missing value first.
    package var sortedGroups: [(key: [String?], counts: Counts)] {
        groups.sorted { a, b in
            for (x, y) in zip(a.key, b.key) where x != y {
                guard let x else { return true }
                guard let y else { return false }
                return x < y
            }
            return false
        }.map { ($0.key, $0.value) }
    }

    package func encodeState() -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("format"); w.string(Self.stateFormat)
        w.key("by"); w.beginArray(); for b in by { w.string(b) }; w.endArray()
        w.key("groups"); w.beginArray()
        for (key, c) in sortedGroups {
            w.beginObject()
            w.key("key"); w.beginArray(); for k in key { w.optional(k) }; w.endArray()
            w.key("visits"); w.int(c.visits)
            Self.write(&w, "rejected", c.rejected)
            Self.write(&w, "outcomes", c.outcomes)
            Self.write(&w, "age_bands", c.ageBands)
            w.key("instruments"); w.beginObject()
            for (id, i) in c.instruments.sorted(by: { $0.key < $1.key }) {
                w.key(dynamic: id); w.beginObject()
                w.key("responses"); w.int(i.responses)
                for (name, d) in InstrumentCounts.tables(i) { Self.write(&w, name, d) }
                w.endObject()
            }
            w.endObject()
            w.key("referrals"); w.beginArray()
            for (k, r) in c.referrals.sorted(by: { $0.key < $1.key }) {
                w.beginObject()
                w.key("referral"); w.string(k.referral)
                w.key("urgency"); w.string(k.urgency)
                w.key("count"); w.int(r.count)
                w.key("timed"); w.int(r.timed)
                w.key("days_sum"); w.int(r.daysSum)
                w.key("days_min"); if r.timed > 0 { w.int(r.daysMin) } else { w.null() }
                w.key("days_max"); if r.timed > 0 { w.int(r.daysMax) } else { w.null() }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    package static func write(_ w: inout JSONWriter, _ name: String, _ d: [String: Int]) {
        w.key(dynamic: name); w.beginObject()
        for (k, v) in d.sorted(by: { $0.key < $1.key }) { w.key(dynamic: k); w.int(v) }
        w.endObject()
    }

    /// Reads a state written by `encodeState`; `at` names the input in messages.
    package static func decodeState(_ bytes: [UInt8], at: String) throws(StateError) -> Tally {
        func fail(_ m: String) -> StateError { StateError(description: "\(at): \(m)") }
        let value: JSONValue
        do { value = try JSONReader().parse(bytes) } catch { throw fail("not JSON: \(error.message)") }
        guard case .object(let top) = value, ResultLine.string(top, "format") == stateFormat else {
            throw fail("not a tally state (\(stateFormat)); write one with earlyscreen tally --partial")
        }
        guard case .array(let byList)? = ResultLine.field(top, "by") else { throw fail("no \"by\"") }
        let by = byList.compactMap { if case .string(let s) = $0 { s } else { nil } }
        var tally = Tally(by: by)
        guard case .array(let groups)? = ResultLine.field(top, "groups") else { throw fail("no \"groups\"") }
        for case .object(let g) in groups {
            guard case .array(let keyList)? = ResultLine.field(g, "key"), keyList.count == by.count else { throw fail("a group key does not match \"by\"") }
            let key: [String?] = keyList.map { if case .string(let s) = $0 { s } else { nil } }
            var c = Counts()
            c.visits = try int(g, "visits", fail)
            c.rejected = try table(g, "rejected", fail)
            c.outcomes = try table(g, "outcomes", fail)
            c.ageBands = try table(g, "age_bands", fail)
            if case .object(let instruments)? = ResultLine.field(g, "instruments") {
                for case (let id, .object(let o)) in instruments {
                    var i = InstrumentCounts()
                    i.responses = try int(o, "responses", fail)
                    i.statuses = try table(o, "statuses", fail)
                    i.forms = try table(o, "forms", fail)
                    i.ageBands = try table(o, "age_bands", fail)
                    i.bands = try table(o, "bands", fail)
                    i.bandsAtLeast = try table(o, "bands_at_least", fail)
                    i.outcomes = try table(o, "outcomes", fail)
                    i.reasons = try table(o, "reasons", fail)
                    i.critical = try table(o, "critical", fail)
                    c.instruments[id] = i
                }
            }
            if case .array(let referrals)? = ResultLine.field(g, "referrals") {
                for case .object(let r) in referrals {
                    guard let referral = ResultLine.string(r, "referral"), let urgency = ResultLine.string(r, "urgency") else { throw fail("a referral without its id or urgency") }
                    var counts = ReferralCounts()
                    counts.count = try int(r, "count", fail)
                    counts.timed = try int(r, "timed", fail)
                    counts.daysSum = try int(r, "days_sum", fail)
                    if counts.timed > 0 {
                        counts.daysMin = try int(r, "days_min", fail)
                        counts.daysMax = try int(r, "days_max", fail)
                    }
                    c.referrals[ReferralKey(referral: referral, urgency: urgency)] = counts
                }
            }
            tally.groups[key, default: Counts()].merge(c)
        }
        return tally
    }

    private static func int(_ o: [(key: String, value: JSONValue)], _ key: String, _ fail: (String) -> StateError) throws(StateError) -> Int {
        guard case .number(let n)? = ResultLine.field(o, key), n >= 0 || key.hasPrefix("days"), n == n.rounded(), abs(n) < 1e15 else {
            throw fail("\"\(key)\" must be a whole number")
        }
        return Int(n)
    }

    private static func table(_ o: [(key: String, value: JSONValue)], _ key: String, _ fail: (String) -> StateError) throws(StateError) -> [String: Int] {
        guard let v = ResultLine.field(o, key) else { return [:] }
        guard case .object(let pairs) = v else { throw fail("\"\(key)\" must be an object of counts") }
        var out: [String: Int] = [:]
        for (k, _) in pairs { out[k] = try int(pairs, k, fail) }
        return out
    }
}

extension InstrumentCounts {
    /// The named count tables, in the order they are written.
    package static func tables(_ i: InstrumentCounts) -> [(String, [String: Int])] {
        [("statuses", i.statuses), ("forms", i.forms), ("age_bands", i.ageBands), ("bands", i.bands),
         ("bands_at_least", i.bandsAtLeast), ("outcomes", i.outcomes), ("reasons", i.reasons), ("critical", i.critical)]
    }
}
