import ESEval
import ESJSON
/// Result tails by key, kept in flat arrays so that a warm lane allocates nothing per line. When it
/// is full it keeps what it has: the keys a stream repeats most tend to come first, and the lines
/// whose keys are not kept go the general way (evaluated once, not learnt from).
package struct TailMemo {
    package struct Entry {
        var hash: UInt64
        var keyStart: Int32, keyCount: Int32
        var tailStart: Int32, tailCount: Int32
        var holeStart: Int32, holeCount: Int32
    }

    /// At most 3 MiB of tails (a result tail is 0.5–3 KB).
    package static let defaultEntries = 4096, maxTailBytes = 3 << 20
    package let maxEntries: Int

    package var isFull: Bool { entries.count >= maxEntries || tails.count > Self.maxTailBytes - 4096 }
    var slots: [Int32]

    /// `maxEntries` a power of two.
    init(maxEntries: Int = defaultEntries) {
        self.maxEntries = maxEntries
        slots = [Int32](repeating: -1, count: 2 * maxEntries)
        tailSlots = [Int32](repeating: -1, count: 2 * maxEntries)
    }
    /// Entries by the hash of their tail and holes: keys that differ only in what the tail does not
    /// show (the age in months, for one) share one copy of it. M-CHAT-R's keys run to thousands,
    /// their distinct tails to a few hundred.
    var tailSlots: [Int32]
    package private(set) var entries: [Entry] = []
    var keys: [UInt64] = []
    var tails: [UInt8] = []

    /// Pairs: a date's offset in its tail, and its day counted from the visit day.
    var holes: [Int32] = []

    static func hash(_ key: [UInt64]) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for w in key {
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        return h
    }

    /// The entry holding this key's tail.
    func find(_ key: [UInt64]) -> Int? {
        let h = Self.hash(key), mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] >= 0 {
            let e = entries[Int(slots[s])]
            if e.hash == h && Int(e.keyCount) == key.count && keys[Int(e.keyStart)..<Int(e.keyStart + e.keyCount)].elementsEqual(key) {
                return Int(slots[s])
            }
            s = (s + 1) & mask
        }
        return nil
    }

    /// Marks a key whose results carry a recommendation due at an age: its lines look again with
    /// the due days added to the key (`StreamLane.answer`).
    mutating func addMarker(_ key: [UInt64]) {
        guard entries.count < maxEntries else { return }
        insert(key, Entry(hash: 0, keyStart: 0, keyCount: 0, tailStart: 0, tailCount: -1, holeStart: 0, holeCount: 0))
    }

    func isMarker(_ entry: Int) -> Bool { entries[entry].tailCount < 0 }

    private mutating func insert(_ key: [UInt64], _ entry: Entry) {
        var e = entry
        e.hash = Self.hash(key)
        e.keyStart = Int32(keys.count)
        e.keyCount = Int32(key.count)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: e.hash) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(entries.count)
        entries.append(e)
        keys += key
    }

    /// Keeps `tail` with its dates as holes. `later` is the same result 400 years later: the bytes
    /// that differ must be whole dates, each 400 years apart; otherwise nothing is kept.
    mutating func add(_ key: [UInt64], tail: ArraySlice<UInt8>, later: ArraySlice<UInt8>, assessedOn: CalendarDate) {
        guard tail.count == later.count else { return }
        var found: [Int32] = []
        let a = tail.startIndex, b = later.startIndex
        var i = 0
        while i < tail.count {
            if tail[a + i] == later[b + i] { i += 1; continue }
            // A difference: it must be the inside of a date both results have at the same place.
            guard let start = Self.dateStart(tail, a, covering: i), Self.isDate(later, b + start),
                  let d = Self.date(tail, a + start), let e = Self.date(later, b + start),
                  e.dayNumber - d.dayNumber == StreamLane.fourHundredYears else { return }
            found += [Int32(start), Int32(d.dayNumber - assessedOn.dayNumber)]
            i = start + 12
        }
        keep(key, tail: tail, holes: found[...])
    }

    /// Keeps what `other` (another thread's lane) learnt in `range` of its entries and this memo
    /// lacks: the same key gives the same tail whichever lane learnt it.
    mutating func adopt(_ other: TailMemo, _ range: Range<Int>) {
        for i in range {
            guard entries.count < maxEntries else { return }
            let e = other.entries[i]
            let key = Array(other.keys[Int(e.keyStart)..<Int(e.keyStart + e.keyCount)])
            guard find(key) == nil else { continue }
            if e.tailCount < 0 {
                addMarker(key)
            } else {
                keep(key, tail: other.tails[Int(e.tailStart)..<Int(e.tailStart + e.tailCount)],
                     holes: other.holes[2 * Int(e.holeStart)..<2 * Int(e.holeStart + e.holeCount)])
            }
        }
    }

    /// Keeps a tail whose dates are at `holes` (pairs: offset, day from the visit), sharing the
    /// bytes with an entry that has the same tail and holes.
    private mutating func keep(_ key: [UInt64], tail: ArraySlice<UInt8>, holes found: ArraySlice<Int32>) {
        guard entries.count < maxEntries else { return }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in tail { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
        for x in found { h = (h ^ UInt64(UInt32(bitPattern: x))) &* 0x100_0000_01B3 }
        let mask = tailSlots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while tailSlots[s] >= 0 {
            let e = entries[Int(tailSlots[s])]
            let keptTail = tails[Int(e.tailStart)..<Int(e.tailStart + e.tailCount)]
            let keptHoles = holes[2 * Int(e.holeStart)..<2 * Int(e.holeStart + e.holeCount)]
            if keptTail.elementsEqual(tail) && keptHoles.elementsEqual(found) {
                insert(key, Entry(hash: 0, keyStart: 0, keyCount: 0, tailStart: e.tailStart, tailCount: e.tailCount,
                                  holeStart: e.holeStart, holeCount: e.holeCount))
                return
            }
            s = (s + 1) & mask
        }
        guard tails.count + tail.count <= Self.maxTailBytes else { return }
        tailSlots[s] = Int32(entries.count)
        insert(key, Entry(hash: 0, keyStart: 0, keyCount: 0, tailStart: Int32(tails.count), tailCount: Int32(tail.count),
                          holeStart: Int32(holes.count / 2), holeCount: Int32(found.count / 2)))
        tails += tail
        holes += found
    }

    /// The entry's tail with the dates of a visit on `assessedOn`.
    func write(_ entry: Int, assessedOn: CalendarDate, _ w: inout JSONWriter) {
        let e = entries[entry]
        let start = Int(e.tailStart), end = start + Int(e.tailCount)
        tails.withUnsafeBufferPointer { t in
            var at = start
            for h in Int(e.holeStart)..<Int(e.holeStart + e.holeCount) {
                let offset = start + Int(holes[2 * h])
                w.append(verbatim: UnsafeBufferPointer(rebasing: t[at..<offset]))
                w.append(date: assessedOn.adding(days: Int(holes[2 * h + 1])))
                at = offset + 12
            }
            w.append(verbatim: UnsafeBufferPointer(rebasing: t[at..<end]))
        }
    }

    // MARK: - Dates as the encoder writes them: "YYYY-MM-DD", quotes included (12 bytes)

    static func isDate(_ t: ArraySlice<UInt8>, _ p: Int) -> Bool {
        guard p + 12 <= t.endIndex, t[p] == 0x22, t[p + 11] == 0x22, t[p + 5] == 0x2D, t[p + 8] == 0x2D else { return false }
        for k in [1, 2, 3, 4, 6, 7, 9, 10] where !(0x30...0x39).contains(t[p + k]) { return false }
        return true
    }

    /// The offset (from `base`) of the date that holds offset `i`, if one does.
    static func dateStart(_ t: ArraySlice<UInt8>, _ base: Int, covering i: Int) -> Int? {
        for start in stride(from: i, through: max(0, i - 11), by: -1) where isDate(t, base + start) { return start }
        return nil
    }

    static func date(_ t: ArraySlice<UInt8>, _ p: Int) -> CalendarDate? {
        CalendarDate(iso: String(decoding: t[(p + 1)..<(p + 11)], as: UTF8.self))
    }
}
