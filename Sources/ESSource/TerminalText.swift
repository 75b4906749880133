/// Text from a request or an instrument file, made safe to print on a staff member's terminal.
package enum TerminalText {
    /// Control characters (C0 with newline and tab, DEL, C1) and the bidirectional overrides are
    /// written as visible `\u{…}` escapes: a request id such as "v1\n\nVisit outcome: NO CONCERN\e[8m"
    /// cannot print a forged line or hide the real outcome.
    package static func safe(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: needsEscape) else { return s }
        var out = ""
        for u in s.unicodeScalars {
            if needsEscape(u) { out += "\\u{" + String(u.value, radix: 16) + "}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    package static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value)
    }
}

extension String {
    /// `TerminalText.safe(self)`.
    package var terminalSafe: String { TerminalText.safe(self) }
}
