import ESSource
/// A YAML node that knows where it came from. Scalars stay text: the loader reads them by the type
/// the format expects at that place, so `no` stays the string "no" and `1.10` stays "1.10".
package struct YAMLNode: Sendable {
    package enum Kind: Sendable {
        case scalar(YAMLScalar)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    package var kind: Kind
    /// Where the node starts (its first character, or its indicator for block scalars).
    package var location: SourceLocation
    /// Number of nodes in this subtree, aliases expanded; bounds what an alias may cost.
    package var size: Int

    package var scalar: YAMLScalar? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    /// A word for the node's kind, for messages such as "expected a mapping, found a list".
    package var kindName: String {
        switch kind {
        case .scalar(let s): return s.isNull ? "an empty value" : "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

package struct YAMLPair: Sendable {
    package var key: YAMLNode
    package var value: YAMLNode
    /// The key's text (keys are always scalars in instrument files).
    package var name: String
}

package struct YAMLScalar: Sendable {
    package enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    package var value: String
    package var style: Style
    /// Start and end of the scalar's raw text in the file, for mapping offsets inside it.
    package var start: SourceLocation
    package var end: SourceLocation

    /// A plain scalar that YAML reads as null: empty, `~` or `null`.
    package var isNull: Bool {
        style == .plain && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }
}
