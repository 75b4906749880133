import ESSource
import CYAML

/// Reads one YAML document into `YAMLNode`s on libyaml's event API.
///
/// Anchors and aliases resolve by sharing the anchored node; the expanded size is counted so a
/// "billion laughs" file is rejected before it costs memory or time.
package struct YAMLReader {
    package struct Limits: Sendable {
        package var maxBytes = 4 << 20
        package var maxExpandedNodes = 1_000_000
        package var maxDepth = 128
        package init() {}
    }

    package var limits = Limits()
    package init() {}

    /// Parses `text`; returns the root node, or nil with errors in `diagnostics`.
    package func read(_ source: SourceFile, diagnostics: inout DiagnosticBag) -> YAMLNode? {
        let file = source.path
        let bytes = Array(source.text.utf8)
        if bytes.count > limits.maxBytes {
            diagnostics.error(.yamlTooLarge, "file is \(bytes.count) bytes; instrument files may be at most \(limits.maxBytes) bytes",
                              at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            diagnostics.error(.yamlEmpty, "file is empty; an instrument file is a YAML mapping",
                              at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }

        return bytes.withUnsafeBufferPointer { buffer -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var builder = Builder(file: file, source: source, limits: limits)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    diagnostics.add(Self.parserError(parser, source: source))
                    return nil
                }
                defer { yaml_event_delete(&event) }
                let type = event.type
                if type == YAML_STREAM_END_EVENT { break }
                if let error = builder.handle(event) {
                    diagnostics.add(error)
                    return nil
                }
            }
            return builder.root
        }
    }

    /// Turns libyaml's problem and marks into one diagnostic; adds a hint for the usual culprits.
    package static func parserError(_ parser: yaml_parser_t, source: SourceFile) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        let mark = parser.problem_mark
        // libyaml marks are 0-based; ours are 1-based.
        let loc = SourceLocation(file: source.path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) { message = context + ": " + problem }
        let code: Diagnostic.Code
        switch parser.error {
        case YAML_READER_ERROR:
            // A reader error has a byte offset, not a mark: count lines and columns up to it.
            code = .yamlEncoding
            let offset = Int(parser.problem_offset)
            message = problem == "control characters are not allowed"
                ? "a control character (byte \(parser.problem_value)) at byte \(offset); instrument files hold text only"
                : "the file is not valid UTF-8 (\(problem)) at byte \(offset)"
            var line = 1, column = 1
            for b in source.text.utf8.prefix(offset) {
                if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            }
            return .error(code, message, at: SourceLocation(file: source.path, line: line, column: column))
        default:
            code = .yamlSyntax
        }
        // libyaml's words, with what usually causes them in a hand-written file.
        for (said, hint) in [("mapping values are not allowed", "a line indented more than the key above it, or a text holding \": \" that needs quotes"),
                             ("did not find expected '-' indicator", "a list item indented differently from the others"),
                             ("could not find expected ':'", "a key without its colon, or a text over several lines that needs quotes"),
                             ("did not find expected key", "a line indented less or more than the other keys of its mapping")]
        where message.contains(said) {
            message += " (\(hint))"
        }
        if let line = source.line(loc.line), line.contains("\t") {
            message += " (tab characters are not allowed for indentation in YAML; use spaces)"
        }
        return .error(code, message, at: loc)
    }
}

/// Builds the node tree from events, tracking anchors and the expanded size.
private struct Builder {
    /// A collection being built. A class, so appending to it never copies what it holds (an enum
    /// payload taken off the stack and put back was copied on every append: quadratic time).
    package final class Frame {
        package let isMapping: Bool
        package let start: SourceLocation
        package let anchor: String?
        package var items: [YAMLNode] = []
        package var pairs: [YAMLPair] = []
        package var pendingKey: YAMLNode?
        /// The keys by name, made once a mapping outgrows `Builder.scanKeys` (a scan of the few
        /// pairs of a typical mapping is cheaper than hashing; a huge one stays linear).
        package var keys: [String: SourceLocation]? = nil
        package var size = 1

        /// Where a key of this mapping was first written, if it was.
        package func firstLocation(of name: String) -> SourceLocation? {
            if let keys { return keys[name] }
            return pairs.first { $0.name == name }?.key.location
        }

        package init(isMapping: Bool, start: SourceLocation, anchor: String?) {
            self.isMapping = isMapping
            self.start = start
            self.anchor = anchor
        }
    }

    /// Up to this many pairs, a mapping's keys are checked for duplicates by a scan.
    package static let scanKeys = 16
    package let file: String
    package let source: SourceFile
    package let limits: YAMLReader.Limits
    package var stack: [Frame] = []
    package var anchors: [String: YAMLNode] = [:]
    package var root: YAMLNode?
    package var documents = 0
    package var expanded = 0

    package init(file: String, source: SourceFile, limits: YAMLReader.Limits) {
        self.file = file
        self.source = source
        self.limits = limits
    }

    package func loc(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    package static func string(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
    }

    package mutating func handle(_ event: yaml_event_t) -> Diagnostic? {
        let at = loc(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return .error(.yamlMultipleDocuments, "an instrument file holds one YAML document; found a second one", at: at)
            }
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            if let tag = Self.string(s.tag) {
                return .error(.yamlTag, "YAML tags such as \(tag) are not used in instrument files; write the value plainly", at: at)
            }
            let value = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            let style: YAMLScalar.Style
            switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let scalar = YAMLScalar(value: value, style: style, start: at, end: loc(event.end_mark))
            return add(YAMLNode(kind: .scalar(scalar), location: at, size: 1), anchor: Self.string(s.anchor))
        case YAML_SEQUENCE_START_EVENT:
            if stack.count >= limits.maxDepth {
                return .error(.yamlTooDeep, "nesting deeper than \(limits.maxDepth) levels", at: at)
            }
            if let tag = Self.string(event.data.sequence_start.tag) {
                return .error(.yamlTag, "YAML tags such as \(tag) are not used in instrument files", at: at)
            }
            stack.append(Frame(isMapping: false, start: at, anchor: Self.string(event.data.sequence_start.anchor)))
        case YAML_MAPPING_START_EVENT:
            if stack.count >= limits.maxDepth {
                return .error(.yamlTooDeep, "nesting deeper than \(limits.maxDepth) levels", at: at)
            }
            if let tag = Self.string(event.data.mapping_start.tag) {
                return .error(.yamlTag, "YAML tags such as \(tag) are not used in instrument files", at: at)
            }
            stack.append(Frame(isMapping: true, start: at, anchor: Self.string(event.data.mapping_start.anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let f = stack.removeLast()
            return add(YAMLNode(kind: f.isMapping ? .mapping(f.pairs) : .sequence(f.items), location: f.start, size: f.size), anchor: f.anchor)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard var node = anchors[name] else {
                return .error(.yamlUnknownAnchor, "alias *\(name) names no anchor defined before it", at: at)
            }
            // The alias stands where it is used, but keeps the anchored content.
            node.location = at
            return add(node, anchor: nil)
        default:
            break
        }
        return nil
    }

    package mutating func add(_ node: YAMLNode, anchor: String?) -> Diagnostic? {
        expanded += node.size
        if expanded > limits.maxExpandedNodes {
            return .error(.yamlAliasExpansion, "aliases expand to more than \(limits.maxExpandedNodes) nodes; this looks like a \"billion laughs\" file",
                          at: node.location)
        }
        if let anchor { anchors[anchor] = node }
        guard let top = stack.last else {
            root = node
            return nil
        }
        guard top.isMapping else {
            top.items.append(node)
            top.size += node.size
            return nil
        }
        guard let key = top.pendingKey else {
            top.pendingKey = node
            return nil
        }
        top.pendingKey = nil
        guard let keyScalar = key.scalar else {
            return .error(.yamlComplexKey, "mapping keys must be plain names, not \(key.kindName)", at: key.location)
        }
        if let first = top.firstLocation(of: keyScalar.value) {
            return .error(.yamlDuplicateKey, "duplicate key \"\(keyScalar.value)\"", at: key.location,
                          notes: [.note("first defined here", at: first)])
        }
        if top.keys != nil {
            top.keys![keyScalar.value] = key.location
        } else if top.pairs.count == Self.scanKeys {
            var keys: [String: SourceLocation] = [:]
            for p in top.pairs { keys[p.name] = p.key.location }
            keys[keyScalar.value] = key.location
            top.keys = keys
        }
        top.pairs.append(YAMLPair(key: key, value: node, name: keyScalar.value))
        top.size += node.size
        return nil
    }
}
