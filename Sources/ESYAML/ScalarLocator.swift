import ESSource
/// Maps an offset inside a scalar's value back to a line and column in the file.
///
/// Block (`|`, `>`) and quoted scalars are not byte-for-byte what the file holds: folding joins
/// lines and indentation is stripped. Their non-blank characters still appear in the same order,
/// so we walk the raw text and the value together, matching non-blank characters one by one.
package struct ScalarLocator: Sendable {
    private let rawPositions: [(scalar: Unicode.Scalar, line: Int, column: Int)]
    private let value: [Unicode.Scalar]
    private let fallback: SourceLocation

    package init(_ scalar: YAMLScalar, in source: SourceFile) {
        value = Array(scalar.value.unicodeScalars)
        fallback = scalar.start
        var raw: [(Unicode.Scalar, Int, Int)] = []
        var line = scalar.start.line
        var skipHeader = scalar.style == .literal || scalar.style == .folded
        var column = scalar.start.column
        if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { column += 1 }  // past the quote
        while line <= scalar.end.line, let text = source.line(line) {
            if skipHeader {
                // The block header (`|`, `>-`, and any comment) carries none of the value.
                skipHeader = false
                line += 1
                column = 1
                continue
            }
            for (i, ch) in text.unicodeScalars.enumerated() where i + 1 >= column {
                if line == scalar.end.line && i + 1 >= scalar.end.column { break }
                raw.append((ch, line, i + 1))
            }
            line += 1
            column = 1
        }
        rawPositions = raw
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" }

    /// The file location of the value's `offset`-th Unicode scalar.
    package func location(ofOffset offset: Int) -> SourceLocation {
        var r = 0
        var last: SourceLocation? = nil
        for (i, c) in value.enumerated() {
            if Self.isBlank(c) {
                if i == offset, let l = last { return SourceLocation(file: l.file, line: l.line, column: l.column + 1) }
                continue
            }
            while r < rawPositions.count && rawPositions[r].scalar != c { r += 1 }
            guard r < rawPositions.count else { return last ?? fallback }
            let here = SourceLocation(file: fallback.file, line: rawPositions[r].line, column: rawPositions[r].column)
            if i == offset { return here }
            last = here
            r += 1
        }
        // Offset at the end of the value: just after its last character.
        if let l = last { return SourceLocation(file: l.file, line: l.line, column: l.column + 1) }
        return fallback
    }
}
