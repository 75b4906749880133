/// Prints diagnostics the way compilers do: `file:line:col: error: message [code]`, the line, a caret.
public struct DiagnosticRenderer: Sendable {
    public var sources: [String: SourceFile]

    public init(sources: [String: SourceFile]) { self.sources = sources }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics { render(d, into: &out) }
        return out
    }

    private func render(_ d: Diagnostic, into out: inout String) {
        if let loc = d.location { out += "\(loc): " }
        out += d.severity.rawValue + ": " + d.message
        if d.severity != .note { out += " [\(d.code)]" }
        out += "\n"
        if let loc = d.location, let file = sources[loc.file], let line = file.line(loc.line) {
            out += line + "\n"
            // The caret sits under the column-th scalar; tabs are kept so it lines up in a terminal.
            var pad = ""
            for (i, ch) in line.unicodeScalars.enumerated() where i < loc.column - 1 {
                pad.unicodeScalars.append(ch == "\t" ? "\t" : " ")
            }
            out += pad + "^\n"
        }
        for n in d.notes { render(n, into: &out) }
    }

    /// The summary line printed after the diagnostics.
    public static func summary(errors: Int, warnings: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return plural(errors, "error") + ", " + plural(warnings, "warning")
    }
}
