#if canImport(Glibc)
import Glibc
#endif
extension Diagnostic {
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
}

package typealias SourceLocation = Diagnostic.SourceLocation

extension Diagnostic {
    /// The text of a loaded file, kept so diagnostics can quote the offending line.
    public final class SourceFile: Sendable {
        public let path: String
        public let text: String
        /// UTF-8 offsets where each line starts; found on bytes, so loading stays cheap.
        private let lineStarts: [Int]

        public init(path: String, text: String) {
            self.path = path
            self.text = text
            var text = text
            lineStarts = text.withUTF8 { Self.lineStarts($0) }
        }

        /// Where each line starts, found with memchr: every file loaded passes through here.
        static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
            var starts = [0]
            guard let base = bytes.baseAddress else { return starts }
            var at = 0
            while at < bytes.count, let nl = memchr(base + at, 0x0A, bytes.count - at) {
                at = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(at)
            }
            return starts
        }

        /// The text of a 1-based line, without its line break.
        public func line(_ n: Int) -> Substring? {
            guard n >= 1, n <= lineStarts.count else { return nil }
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[n - 1])
            var end = n < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[n]) : utf8.endIndex
            while end > start, utf8[utf8.index(before: end)] == 0x0A || utf8[utf8.index(before: end)] == 0x0D {
                end = utf8.index(before: end)
            }
            return text[start..<end]
        }
    }
}

package typealias SourceFile = Diagnostic.SourceFile
