/// A 1-based position in a source file. Columns count Unicode scalars, as libyaml does.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// The text of a loaded file, kept so diagnostics can quote the offending line.
public final class SourceFile: Sendable {
    public let path: String
    public let text: String
    private let lineStarts: [String.Index]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [text.startIndex]
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "\n" { starts.append(text.index(after: i)) }
            i = text.index(after: i)
        }
        lineStarts = starts
    }

    /// The text of a 1-based line, without its line break.
    public func line(_ n: Int) -> Substring? {
        guard n >= 1, n <= lineStarts.count else { return nil }
        let start = lineStarts[n - 1]
        var end = n < lineStarts.count ? lineStarts[n] : text.endIndex
        while end > start, let prev = Optional(text.index(before: end)), text[prev] == "\n" || text[prev] == "\r" {
            end = prev
        }
        return text[start..<end]
    }
}
