import ESJSON
/// A read position in a line's bytes, with the few steps the fast scanners take.
package struct ByteCursor {
    package let b: UnsafeBufferPointer<UInt8>
    package var i = 0

    package init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    package mutating func space() {
        // Compact lines have no white space: that answer here, without a call into ESJSON.
        guard i >= b.count || b[i] <= 0x20 else { return }
        JSONBytes.skipSpace(b, &i)
    }

    /// Skips white space, then takes `c` if it is next.
    package mutating func take(_ c: UInt8) -> Bool {
        space()
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }

    package mutating func peek() -> UInt8? {
        space()
        return i < b.count ? b[i] : nil
    }

    package mutating func plainString() -> Range<Int>? { JSONBytes.plainString(b, &i) }

    package mutating func null() -> Bool {
        space()
        guard i + 4 <= b.count, b[i] == UInt8(ascii: "n"), b[i + 1] == UInt8(ascii: "u"), b[i + 2] == UInt8(ascii: "l"),
              b[i + 3] == UInt8(ascii: "l") else { return false }
        i += 4
        return true
    }

    package func equals(_ r: Range<Int>, _ word: StaticString) -> Bool {
        guard r.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<r.count where b[r.lowerBound + k] != w[k] { return false }
        return true
    }

    package func equals(_ r: Range<Int>, _ word: [UInt8]) -> Bool {
        guard r.count == word.count else { return false }
        for k in 0..<r.count where b[r.lowerBound + k] != word[k] { return false }
        return true
    }

    package func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }

    /// Walks an object's keys; `field` returns false to give up.
    package mutating func object(_ field: (inout ByteCursor, Range<Int>) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = plainString(), take(UInt8(ascii: ":")), field(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }
}
