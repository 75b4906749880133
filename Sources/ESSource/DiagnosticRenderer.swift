extension Diagnostic {
    /// Prints diagnostics the way compilers do: `file:line:col: error: message [code]`, the line, a caret.
    public struct Renderer: Sendable {
        public var sources: [String: SourceFile]

        public init(sources: [String: SourceFile]) { self.sources = sources }

        /// The most characters of a source line printed under a diagnostic.
        package static let maxShown = 160

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
            if let loc = d.location, let file = sources[loc.file], let whole = file.line(loc.line) {
                // A long line is shown as a window around the column, so one diagnostic stays one screen.
                // Control characters print as U+FFFD (one column each): a file cannot drive the terminal.
                var scalars = whole.unicodeScalars.map { $0 != "\t" && TerminalText.needsEscape($0) ? "\u{FFFD}" : $0 }, column = loc.column
                if scalars.count > Self.maxShown {
                    let from = max(0, min(column - 1 - Self.maxShown / 2, scalars.count - Self.maxShown))
                    let to = min(scalars.count, from + Self.maxShown)
                    let head: [Unicode.Scalar] = from > 0 ? ["…"] : [], tail: [Unicode.Scalar] = to < scalars.count ? ["…"] : []
                    scalars = head + Array(scalars[from..<to]) + tail
                    column = column - from + head.count
                }
                var line = ""
                line.unicodeScalars.append(contentsOf: scalars)
                out += line + "\n"
                // The caret sits under the column-th scalar; tabs are kept so it lines up in a terminal.
                var pad = ""
                for (i, ch) in scalars.enumerated() where i < column - 1 {
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
}

package typealias DiagnosticRenderer = Diagnostic.Renderer
