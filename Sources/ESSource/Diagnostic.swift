/// One problem found in an instrument file or a request, with a stable code.
///
/// Tests assert on `code` and `location`; the message wording may improve without breaking them.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable { case error, warning, note }

    public var severity: Severity
    /// A stable machine word, such as `yaml.duplicate-key` or `check.unknown-key`.
    public var code: String
    public var message: String
    public var location: SourceLocation?
    /// Secondary messages, such as "first defined here".
    public var notes: [Diagnostic]
    /// How many problems this one stands for: more than 1 for the line that counts those not shown.
    public var count = 1

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, "note", message, at: location)
    }
}

extension [Diagnostic] {
    /// Problems of a severity, counting those a "more like this" line stands for.
    public func count(_ severity: Diagnostic.Severity) -> Int { filter { $0.severity == severity }.reduce(0) { $0 + $1.count } }
}

/// Collects diagnostics from every stage so a methodologist fixes a file in one pass.
package struct DiagnosticBag: Sendable {
    package private(set) var all: [Diagnostic] = []
    package init() {}

    package mutating func add(_ d: Diagnostic) { all.append(d) }
    package mutating func add(contentsOf ds: [Diagnostic]) { all.append(contentsOf: ds) }
    package mutating func error(_ code: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        all.append(.error(code, message, at: location, notes: notes))
    }
    package mutating func warning(_ code: String, _ message: String, at location: SourceLocation?) {
        all.append(.warning(code, message, at: location))
    }

    /// Replaces the diagnostics added since `start` (a count of `all` taken earlier).
    package mutating func rewrite(since start: Int, _ transform: ([Diagnostic]) -> [Diagnostic]) {
        all.replaceSubrange(start..., with: transform(Array(all[start...])))
    }

    package var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted by file and position (diagnostics without a position last), then by code; duplicates removed.
    /// At most this many diagnostics of one code in one file are kept; the rest are counted in
    /// one more diagnostic (a one-line file with the same mistake 4,500 times printed 507 MB).
    package static let perFileAndCode = 20

    package var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = all.filter { seen.insert($0).inserted }
        let ordered = unique.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
        var kept: [Diagnostic] = [], cut: [String: (count: Int, first: Diagnostic)] = [:], cutOrder: [String] = []
        var counts: [String: Int] = [:]
        for d in ordered {
            let key = (d.location?.file ?? "") + "\u{0}" + d.code
            counts[key, default: 0] += 1
            if counts[key]! <= Self.perFileAndCode { kept.append(d); continue }
            if cut[key] == nil { cutOrder.append(key); cut[key] = (0, d) }
            cut[key]!.count += 1
        }
        for key in cutOrder {
            let (n, first) = cut[key]!
            let file = first.location.map { " in \($0.file)" } ?? ""
            var more = Diagnostic(first.severity, first.code, "\(n) more like this\(file), not shown (the first \(Self.perFileAndCode) are above)", at: nil)
            more.count = n
            kept.append(more)
        }
        return kept
    }
}
