import ArgumentParser
import Dispatch
import EarlyScreen
import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
import ESReport
import ESTally
import ESFHIR

#if canImport(Glibc)
import Glibc
#endif

struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Count programme indicators over result lines (docs/scale.md).",
        discussion: """
        Reads the JSON Lines that `earlyscreen evaluate --lines` writes (files, or standard input) and \
        counts visits, visit and instrument outcomes, bands, screened-positive rates, referrals by \
        urgency with the days until they are due, critical findings, and why results were not scored \
        — with Wilson 95% intervals. Rejected lines (error objects) are counted by error code, never \
        skipped. Memory stays flat however long the stream.

        --by groups by `month` or `year` of the visit, or by any `context` field of the requests \
        (region, facility, …). Tallies merge exactly: `--partial` writes the raw counts of a part of \
        the stream as one JSON line, and `--merge` adds such lines up into the tally of the whole, \
        so the parts can be counted anywhere (a Spark job does it per partition).

        Examples:
          earlyscreen evaluate --lines < visits.jsonl | earlyscreen tally --format markdown
          earlyscreen tally --by region,month --format csv results.jsonl > indicators.csv
          earlyscreen tally --format html results.jsonl > tally.html
          earlyscreen tally --partial --by region part-1.jsonl > p1; earlyscreen tally --partial --by region part-2.jsonl > p2
          cat p1 p2 | earlyscreen tally --merge --format markdown
        """
    )

    enum Format: String, ExpressibleByArgument { case json, csv, markdown, html }

    @Argument(help: ArgumentHelp("Result files (JSON Lines); - or none for standard input. With --merge: files of --partial lines.", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Group by these fields, comma-separated: month, year, or a context key.", valueName: "fields"))
    var by: String?

    @Option(help: "Output format: json, csv, markdown or html (a self-contained page).")
    var format: Format = .json

    @Flag(help: "Indent JSON output for people.")
    var pretty = false

    @Flag(help: "Write the raw counts as one mergeable line (earlyscreen/tally-state@1) instead of a report.")
    var partial = false

    @Flag(help: "Read --partial lines instead of results and add them up.")
    var merge = false

    @Option(help: ArgumentHelp("Threads to count with (default: the machine's cores).", valueName: "n"))
    var jobs: Int?

    var fields: [String] {
        (by ?? "").split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if partial && merge { throw ValidationError("--partial and --merge: merge the partial tallies first, then write a report") }
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
        for f in fields where !(f == "month" || f == "year" || f.first.map { $0 >= "a" && $0 <= "z" } == true) {
            throw ValidationError("--by \(f): a field is month, year or a context key (lowercase, as in the requests)")
        }
        if Set(fields).count != fields.count { throw ValidationError("--by names a field twice") }
        if merge && by != nil { throw ValidationError("--merge takes the grouping of the partial tallies; leave out --by") }
    }

    func run() throws {
        let inputs = files.isEmpty ? ["-"] : files
        var tally: Tally? = merge ? nil : Tally(by: fields)
        try LineBlocks.read(inputs) { path, block in
            if merge {
                for line in block.lines where !block.isBlank(line) {
                    do {
                        let part = try Tally.decodeState(Array(block.bytes[line]), at: path == "-" ? "standard input" : path)
                        if tally == nil { tally = Tally(by: part.by) }
                        guard tally!.by == part.by else {
                            throw CannotRun("\(path): a partial tally grouped by [\(part.by.joined(separator: ","))] cannot merge with one grouped by [\(tally!.by.joined(separator: ","))]")
                        }
                        tally!.merge(part)
                    } catch let e as Tally.StateError {
                        throw CannotRun("\(e)")
                    }
                }
            } else {
                tally!.merge(count(block))
            }
        }
        let result = tally ?? Tally(by: [])
        if partial {
            Output.stdout(result.encodeState() + [0x0A])
            return
        }
        let report = TallyReport(result)
        switch format {
        case .json: Output.stdout(report.json(pretty: pretty) + [0x0A])
        case .csv: Output.stdout(report.csv())
        case .markdown: Output.stdout(report.markdown())
        case .html: Output.stdout(report.html())
        }
    }

    /// One block's lines, counted on several threads when there are enough of them.
    func count(_ block: LineBlocks.Block) -> Tally {
        let workers = min(jobs ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))), block.lines.count / 256)
        if workers < 2 {
            var t = Tally(by: fields)
            block.add(block.lines[...], to: &t)
            return t
        }
        let parts = Parts(count: workers, by: fields)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let slice = block.lines[(block.lines.count * w / workers)..<(block.lines.count * (w + 1) / workers)]
            var t = Tally(by: fields)
            block.add(slice, to: &t)
            parts.tallies[w] = t
        }
        var t = Tally(by: fields)
        for p in parts.tallies { t.merge(p) }
        return t
    }
}

/// One tally per worker; each worker writes only its own slot, read after the workers finish.
final class Parts: @unchecked Sendable {
    var tallies: [Tally]
    init(count: Int, by: [String]) { tallies = Array(repeating: Tally(by: by), count: count) }
}

/// Reads a descriptor in large blocks of whole lines: memory stays at one block however long the input.
struct LineBlocks {
    /// Every block of every input in turn (`-`: standard input); an input that cannot be opened or
    /// read is said on standard error and ends the command with status 2.
    static func read(_ paths: [String], _ body: (_ path: String, _ block: Block) throws -> Void) throws {
        for path in paths.isEmpty ? ["-"] : paths {
            let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
            guard fd >= 0 else {
                throw CannotRun("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            defer { if fd != 0 { close(fd) } }
            var reader = LineBlocks(fd: fd)
            while let block = reader.next() { try body(path, block) }
            if let error = reader.error {
                throw CannotRun("cannot read \(path): \(error)")
            }
        }
    }

    let fd: Int32
    var buffer = [UInt8](repeating: 0, count: 1 << 22)
    var carry: [UInt8] = []
    var done = false
    var error: String?

    init(fd: Int32) { self.fd = fd }

    struct Block {
        var bytes: [UInt8]
        var lines: [Range<Int>]

        func isBlank(_ r: Range<Int>) -> Bool { bytes[r].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

        func add(_ lines: ArraySlice<Range<Int>>, to t: inout Tally) {
            bytes.withUnsafeBufferPointer { b in
                for r in lines {
                    var end = r.upperBound
                    if end > r.lowerBound && b[end - 1] == 0x0D { end -= 1 }
                    t.add(line: UnsafeBufferPointer(rebasing: b[r.lowerBound..<end]))
                }
            }
        }
    }

    /// The next block of complete lines (the last may lack its newline), or nil at the end.
    mutating func next() -> Block? {
        while !done {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { error = String(cString: strerror(errno)); done = true; break }
            if n == 0 { done = true; break }
            var bytes = carry
            bytes.append(contentsOf: buffer[0..<n])
            guard let last = bytes.lastIndex(of: 0x0A) else { carry = bytes; continue }
            carry = Array(bytes[(last + 1)...])
            bytes.removeSubrange((last + 1)...)
            return Block(bytes: bytes, lines: Self.split(bytes))
        }
        guard !carry.isEmpty else { return nil }
        let bytes = carry
        carry = []
        return Block(bytes: bytes, lines: Self.split(bytes))
    }

    static func split(_ b: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in b.enumerated() where c == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        if start < b.count { lines.append(start..<b.count) }
        return lines
    }
}
