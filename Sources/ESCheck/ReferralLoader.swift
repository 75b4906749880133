import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Checks `referrals.yaml`, the catalog that every recommendation points into.
package struct ReferralLoader {
    package static let format = "earlyscreen/referrals@1"
    package let source: SourceFile
    /// The digest computed when the file was embedded (see InstrumentLoader.embeddedDigest).
    package var embeddedDigest: String? = nil
    package var d = DiagnosticBag()

    package mutating func load(_ root: YAMLNode) -> ReferralCatalog? {
        guard let m = MapReader(root, .referralCatalog, &d) else { return nil }
        m.expectFormat(Self.format, "a referral catalog is", &d)
        let locales = m.locales(&d)
        var urgencies: [ReferralCatalog.Urgency] = []
        for (rank, n) in (m.list("urgencies", &d, required: true) ?? []).reversed().enumerated() {
            guard let u = MapReader(n, .urgency, &d) else { continue }
            let id = u.id("urgency id", &d, allowHyphen: false)
            let title = u.text("title", &d) ?? .empty
            let priority = u.word("fhir_priority", ["routine", "urgent", "asap", "stat"], &d) ?? "routine"
            u.finish(&d)
            if let id { urgencies.insert(.init(id: id, rank: rank, title: title, fhirPriority: priority), at: 0) }
        }
        var referrals: [String: ReferralCatalog.Referral] = [:]
        for n in m.list("referrals", &d, required: true) ?? [] {
            guard let r = MapReader(n, .referral, &d) else { continue }
            let id = r.id("referral id", &d, allowHyphen: true)
            let title = r.text("title", &d) ?? .empty
            var due: [String: Int] = [:]
            if let node = r.required("due_days", &d) {
                if case .mapping(let pairs) = node.kind {
                    for p in pairs {
                        if !urgencies.contains(where: { $0.id == p.name }) {
                            d.error(.checkUnknownUrgency, "unknown urgency \"\(p.name)\"" + Suggestion.hint(for: p.name, in: urgencies.map(\.id)), at: p.key.location)
                        } else if let v = Scalars.int(p.value, p.name, &d) {
                            if v < 0 { d.error(.checkType, "due_days must not be negative", at: p.value.location) }
                            due[p.name] = v
                        }
                    }
                } else {
                    d.error(.checkType, "due_days must map each urgency to a number of days", at: node.location)
                }
            }
            r.finish(&d)
            guard let id else { continue }
            if let first = referrals[id] {
                d.error(.checkDuplicateId, "duplicate referral id \"\(id)\"", at: n.location, notes: [.note("first defined here", at: first.location)])
            }
            referrals[id] = .init(id: id, title: title, dueDays: due, location: n.location)
        }
        m.finish(&d)
        guard !d.hasErrors else { return nil }
        return ReferralCatalog(urgencies: urgencies, referrals: referrals, locales: locales,
                               digest: embeddedDigest ?? "sha256:" + SHA256.hex(source.text.utf8))
    }
}
