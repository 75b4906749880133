/// One problem found in an instrument file or a request, with a stable code.
///
/// Tests assert on `code` and `location`; the message wording may improve without breaking them.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable { case error, warning, note }

    public var severity: Severity
    /// A stable machine word, such as `yaml.duplicate-key` or `check.unknown-key`.
    public var code: Code
    public var message: String
    public var location: SourceLocation?
    /// Secondary messages, such as "first defined here".
    public var notes: [Diagnostic]
    /// How many problems this one stands for: more than 1 for the line that counts those not shown.
    public var count = 1

    public init(_ severity: Severity, _ code: Code, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ code: Code, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes)
    }

    public static func warning(_ code: Code, _ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, .note, message, at: location)
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
    package mutating func error(_ code: Diagnostic.Code, _ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        all.append(.error(code, message, at: location, notes: notes))
    }
    package mutating func warning(_ code: Diagnostic.Code, _ message: String, at location: SourceLocation?) {
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
            let key = (d.location?.file ?? "") + "\u{0}" + d.code.rawValue
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

extension Diagnostic {
    /// Every diagnostic, alphabetically: the stable word a diagnostic is known by (docs/diagnostics.md
    /// explains each). Code that reports one names its case, so a misspelt code does not compile.
    public enum Code: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case checkAgeRange = "check.age-range"
        case checkAmbiguousText = "check.ambiguous-text"
        case checkBadId = "check.bad-id"
        case checkBandGap = "check.band-gap"
        case checkBandUnreachable = "check.band-unreachable"
        case checkCoverageUnproven = "check.coverage-unproven"
        case checkCriticalNoEffect = "check.critical-no-effect"
        case checkDuplicateId = "check.duplicate-id"
        case checkDuplicateInstrument = "check.duplicate-instrument"
        case checkDuplicateTexts = "check.duplicate-texts"
        case checkEnum = "check.enum"
        case checkFormGap = "check.form-gap"
        case checkFormOutside = "check.form-outside"
        case checkFormOverlap = "check.form-overlap"
        case checkFormat = "check.format"
        case checkItemsAndForms = "check.items-and-forms"
        case checkMissingEnglish = "check.missing-english"
        case checkMissingKey = "check.missing-key"
        case checkMissingPoints = "check.missing-points"
        case checkNoAction = "check.no-action"
        case checkNoCatalog = "check.no-catalog"
        case checkNoOptions = "check.no-options"
        case checkPrematurity = "check.prematurity"
        case checkProrateNeedsSum = "check.prorate-needs-sum"
        case checkScheduleAges = "check.schedule-ages"
        case checkScoreCycle = "check.score-cycle"
        case checkTableGap = "check.table-gap"
        case checkTableOverlap = "check.table-overlap"
        case checkTooManyOptions = "check.too-many-options"
        case checkTwoCatalogs = "check.two-catalogs"
        case checkTwoSchedules = "check.two-schedules"
        case checkType = "check.type"
        case checkUnknownBand = "check.unknown-band"
        case checkUnknownCritical = "check.unknown-critical"
        case checkUnknownForm = "check.unknown-form"
        case checkUnknownInstrument = "check.unknown-instrument"
        case checkUnknownItem = "check.unknown-item"
        case checkUnknownKey = "check.unknown-key"
        case checkUnknownLocale = "check.unknown-locale"
        case checkUnknownOption = "check.unknown-option"
        case checkUnknownOptionSet = "check.unknown-option-set"
        case checkUnknownReferral = "check.unknown-referral"
        case checkUnknownUrgency = "check.unknown-urgency"
        case checkUrgencyNotOffered = "check.urgency-not-offered"
        case exprArity = "expr.arity"
        case exprDivisionByZero = "expr.division-by-zero"
        case exprNumber = "expr.number"
        case exprRange = "expr.range"
        case exprSyntax = "expr.syntax"
        case exprTooCostly = "expr.too-costly"
        case exprTooDeep = "expr.too-deep"
        case exprTooLong = "expr.too-long"
        case exprType = "expr.type"
        case exprUnknownFunction = "expr.unknown-function"
        case exprUnknownName = "expr.unknown-name"
        case exprUnknownOption = "expr.unknown-option"
        case loadNoFiles = "load.no-files"
        case loadNotAFile = "load.not-a-file"
        case loadNotFound = "load.not-found"
        case loadUnreadable = "load.unreadable"
        /// A note under another diagnostic ("first defined here").
        case note
        case testFailed = "test.failed"
        case yamlAliasExpansion = "yaml.alias-expansion"
        case yamlComplexKey = "yaml.complex-key"
        case yamlDuplicateKey = "yaml.duplicate-key"
        case yamlEmpty = "yaml.empty"
        case yamlEncoding = "yaml.encoding"
        case yamlMultipleDocuments = "yaml.multiple-documents"
        case yamlSyntax = "yaml.syntax"
        case yamlTag = "yaml.tag"
        case yamlTooDeep = "yaml.too-deep"
        case yamlTooLarge = "yaml.too-large"
        case yamlUnknownAnchor = "yaml.unknown-anchor"
        public var description: String { rawValue }
    }
}
