import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Checks `schedule.yaml`: the screening ages that `earlyscreen due` counts from.
package struct ScheduleLoader {
    package static let format = "earlyscreen/schedule@1"
    package let source: SourceFile
    package var d = DiagnosticBag()

    package mutating func load(_ root: YAMLNode) -> Schedule? {
        guard let m = MapReader(root, .schedule, &d) else { return nil }
        m.expectFormat(Self.format, "a schedule is", &d)
        let locales = m.locales(&d)
        let info = m.sourceInfo(&d)
        let prematurity = m.prematurity(&d)
        var screenings: [Schedule.Screening] = []
        for n in m.list("screenings", &d, required: true) ?? [] {
            guard let s = MapReader(n, .screening, &d) else { continue }
            let id = s.id("screening id", &d, allowHyphen: true)
            let title = s.text("title", &d) ?? .empty
            let at = (s.list("at_months", &d, required: true) ?? []).compactMap { Scalars.int($0, "at_months", &d) }
            if at != at.sorted() || Set(at).count != at.count || at.contains(where: { $0 < 0 || $0 > 96 }) {
                d.error(.checkScheduleAges, "at_months must be distinct ages from 0 to 96, in increasing order", at: s.value("at_months")?.location ?? n.location)
            }
            let window = s.int("window_months", &d, required: false) ?? 1
            if window < 1 || window > 96 { d.error(.checkScheduleAges, "window_months must be from 1 to 96", at: s.value("window_months")!.location) }
            let instruments = (s.list("instruments", &d, required: true) ?? []).compactMap { Scalars.string($0, "instruments", &d) }
            let basis = s.word("basis", ["chronological", "corrected"], &d).flatMap(AgeBasis.init(rawValue:)) ?? .chronological
            let catchUp = s.value("catch_up") == nil ? true : s.bool("catch_up", &d) ?? true
            if basis == .corrected && prematurity == nil {
                d.error(.checkPrematurity, "screening \(id ?? "?") counts from the corrected age, but the schedule declares no prematurity policy", at: n.location)
            }
            s.finish(&d)
            if let id {
                if screenings.contains(where: { $0.id == id }) { d.error(.checkDuplicateId, "duplicate screening id \"\(id)\"", at: n.location) }
                screenings.append(.init(id: id, title: title, atMonths: at, windowMonths: window, instruments: instruments, basis: basis, catchUp: catchUp, location: n.location))
            }
        }
        m.finish(&d)
        guard !d.hasErrors else { return nil }
        return Schedule(screenings: screenings, prematurity: prematurity, source: info, locales: locales, location: root.location)
    }

    package init(source: SourceFile) {
        self.source = source
    }
}
