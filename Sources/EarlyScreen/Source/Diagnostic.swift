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

/// Collects diagnostics from every stage so a methodologist fixes a file in one pass.
public struct DiagnosticBag: Sendable {
    public private(set) var all: [Diagnostic] = []
    public init() {}

    public mutating func add(_ d: Diagnostic) { all.append(d) }
    public mutating func add(contentsOf ds: [Diagnostic]) { all.append(contentsOf: ds) }
    public mutating func error(_ code: String, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        all.append(.error(code, message, at: location, notes: notes))
    }
    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation?) {
        all.append(.warning(code, message, at: location))
    }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errorCount: Int { all.filter { $0.severity == .error }.count }
    public var warningCount: Int { all.filter { $0.severity == .warning }.count }

    /// Sorted by file and position (diagnostics without a position last), then by code; duplicates removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = all.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
