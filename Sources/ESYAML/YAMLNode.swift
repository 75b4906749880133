import ESSource
/// A YAML node that knows where it came from. Scalars stay text: the loader reads them by the type
/// the format expects at that place, so `no` stays the string "no" and `1.10` stays "1.10".
public struct YAMLNode: Sendable {
    public enum Kind: Sendable {
        case scalar(YAMLScalar)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    /// Where the node starts (its first character, or its indicator for block scalars).
    public var location: SourceLocation
    /// Number of nodes in this subtree, aliases expanded; bounds what an alias may cost.
    public var size: Int

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    /// A word for the node's kind, for messages such as "expected a mapping, found a list".
    public var kindName: String {
        switch kind {
        case .scalar(let s): return s.isNull ? "an empty value" : "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
    /// The key's text (keys are always scalars in instrument files).
    public var name: String
}

public struct YAMLScalar: Sendable {
    public enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    public var value: String
    public var style: Style
    /// Start and end of the scalar's raw text in the file, for mapping offsets inside it.
    public var start: SourceLocation
    public var end: SourceLocation

    /// A plain scalar that YAML reads as null: empty, `~` or `null`.
    public var isNull: Bool {
        style == .plain && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }
}
