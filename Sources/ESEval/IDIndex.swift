/// Where an id is in a short list of ids fixed at load (the set's instruments, the catalog's
/// referrals, a referral's urgencies). A dozen ids are found faster by comparing lengths, then
/// the ids, than by hashing the id looked for; a long list (a big draft set) is hashed.
package struct IDIndex: Sendable {
    private let ids: [String]
    private let lengths: [Int]
    private let hashed: [String: Int]?
    private static let scanned = 32

    package init(_ ids: [String]) {
        self.ids = ids
        lengths = ids.map(\.utf8.count)
        hashed = ids.count > Self.scanned ? Dictionary(ids.enumerated().map { ($1, $0) }) { first, _ in first } : nil
    }

    /// The place of `id` (its first, should the list repeat one), nil when it is not listed.
    package func index(of id: String) -> Int? {
        if let hashed { return hashed[id] }
        let n = id.utf8.count
        for k in lengths.indices where lengths[k] == n && ids[k] == id { return k }
        return nil
    }
}
