import ArgumentParser
import Dispatch
import Synchronization
import EarlyScreen
import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
import ESLane
import ESReport
import ESTally
import ESFHIR

#if canImport(Glibc)
import Glibc
#endif

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score one screening visit (JSON) or a JSON Lines stream of visits.",
        discussion: """
        Reads an earlyscreen/request@1 object from FILE or standard input and writes one \
        earlyscreen/result@1 object (one compact line; --pretty indents). A request that cannot be \
        evaluated gets an error object with a stable code, a message and a JSON Pointer.

        With --lines, every input line is one request and gets exactly one output line, in order; a \
        bad line gets an error object and the stream goes on. Output is flushed whenever the input \
        has nothing more to read, so earlyscreen works as a co-process: write a line, read a line.

        Input may also be FHIR R4: a QuestionnaireResponse (the child as a contained Patient) or a \
        Bundle with the child's Patient and the visit's QuestionnaireResponses (docs/fhir.md). \
        --format fhir answers with a Bundle: the responses, an Observation per score, band and \
        critical finding, and a ServiceRequest per referral. Errors stay earlyscreen error objects.

        Exit status: 0 every request evaluated, 1 at least one request rejected, 2 could not run.

        Examples:
          earlyscreen evaluate Corpus/examples/mchat-r-medium.json --pretty
          earlyscreen evaluate --format text --explain < visit.json
          earlyscreen evaluate --lines < visits.jsonl > results.jsonl
          earlyscreen evaluate --lines --progress < big.jsonl > results.jsonl
          earlyscreen evaluate --format fhir --pretty Corpus/examples/mchat-r-medium.json
          earlyscreen evaluate --format html Corpus/examples/mchat-r-medium.json > visit.html
        """
    )

    @Argument(help: ArgumentHelp("A request file (default: standard input).", valueName: "file"))
    var file: String?

    @Flag(help: "Read JSON Lines: one request per line, one result per line.")
    var lines = false

    @Flag(help: "Indent the JSON for people.")
    var pretty = false

    @Flag(help: "Add how each result was worked out: every answer's points, each score and band rule, the referrals and why, in the request's language (JSON: \"explanation\"; text and html: under each instrument).")
    var explain = false

    @Option(help: "Output format: json, text (a short report in the request's locale for staff), html (a printable A4 page of the visit; docs/report.md), or fhir (a FHIR R4 Bundle; docs/fhir.md).")
    var format: Format = .json

    @Option(help: ArgumentHelp("Longest accepted input line in bytes with --lines.", valueName: "bytes"))
    var maxLineBytes: Int = 1 << 20

    @Option(help: ArgumentHelp("Threads evaluating a --lines stream (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "With --lines, report lines done, rejected and the rate on standard error about once a second, and a summary at the end.")
    var progress = false

    @OptionGroup var source: InstrumentOptions
    @OptionGroup var fhir: FHIROptions

    enum Format: String, ExpressibleByArgument { case json, text, html, fhir }

    /// The largest --max-line-bytes: a line is held in memory whole.
    static let maxLineLimit = 1 << 30

    func validate() throws {
        if lines && pretty { throw ValidationError("--pretty writes several lines per result; it cannot be used with --lines") }
        if progress && !lines { throw ValidationError("--progress is for --lines streams") }
        if lines && (format == .text || format == .html) { throw ValidationError("--format \(format.rawValue) is for one visit; use JSON with --lines") }
        if maxLineBytes < 16 || maxLineBytes > Self.maxLineLimit {
            throw ValidationError("--max-line-bytes must be from 16 to \(Self.maxLineLimit) (1 GiB)")
        }
        if let jobs, jobs < 1 || jobs > 256 { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        var fd: Int32 = 0
        if let file {
            fd = open(file, O_RDONLY)
            if fd < 0 {
                throw CannotRun("cannot open \(file)")
            }
        }
        if lines {
            var engine = try source.engine(explain: explain, pretty: pretty)
            if format == .fhir { engine.fhir = FHIRBundle(base: fhir.base, pretty: false) }
            LineStream.stopOnTerminate()
            let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
            let rejected = LineStream(fd: fd, maxLine: maxLineBytes, engine: engine, jobs: jobs ?? max(1, cores),
                                      progress: progress ? Progress() : nil).run()
            if terminateRequested != 0 { throw ExitCode(128 + terminateRequested) }  // after writing every answer
            if rejected > 0 { throw ExitCode(1) }
            return
        }
        let (read, failure) = Output.readAll(fd: fd, limit: 64 << 20)
        guard let input = read else {
            throw CannotRun("cannot read the request\(file.map { " from \($0)" } ?? ""): \(failure ?? "")")
        }
        var engine = try source.engine(forRequest: input, explain: explain, pretty: pretty)
        if format == .fhir { engine.fhir = FHIRBundle(base: fhir.base, pretty: pretty) }
        if format == .text || format == .html {
            do {
                let result = try engine.evaluate(try engine.request(try engine.reader.parse(input)))
                Output.stdout(format == .text ? TextReport.render(result, set: engine.set) : HTMLReport.render(result, set: engine.set))
            } catch {
                Output.stderr("earlyscreen: the request was rejected: \(error.message)\(error.pointer.map { " (at \($0))" } ?? "") [\(error.code)]\n")
                throw ExitCode(1)
            }
            return
        }
        let (output, error) = engine.evaluate(json: input)
        Output.stdout(output + [0x0A])
        if let error {
            Output.stderr("earlyscreen: request rejected: \(error.code): \(error.message)\n")
            throw ExitCode(1)
        }
    }
}

/// JSON Lines in, one result line out per line, in order, with flat memory.
///
/// Output is buffered and written whenever the input buffer runs dry, just before a read that could
/// block: a co-process that writes one line gets its answer, and a file streams in large writes.
/// A block with many lines is split between `jobs` threads; their outputs are joined in input order
/// and handed at once to one more thread, which writes them while the next block is read and
/// evaluated (`Slots`).
struct LineStream {
    let fd: Int32
    let maxLine: Int
    let engine: Engine
    let jobs: Int
    var progress: Progress?
    /// One fast lane per thread, kept across blocks so that what a lane has learnt is reused.
    let lanes: Lanes
    /// Each worker's output, kept across blocks: a fresh megabyte per worker per block was mapped,
    /// faulted in and unmapped again every time, and copied once more into the block's output.
    let results: Slots

    init(fd: Int32, maxLine: Int, engine: Engine, jobs: Int, progress: Progress?) {
        self.fd = fd
        self.maxLine = maxLine
        self.engine = engine
        self.jobs = jobs
        self.progress = progress
        lanes = Lanes(count: jobs, engine: engine)
        results = Slots(workers: jobs)
    }
    /// Below this many lines in a block, threads cost more than they save.
    static let linesPerJob = 64
    /// At most this much is read at once: a block's results are about twice its size, and two
    /// blocks' results are held while one is written (`Slots`).
    static let readBytes = 1 << 19
    /// One thread writes its results when this many bytes are waiting (whole lines only).
    static let flushBytes = 1 << 18

    func run() -> Int {
        var rejected = 0
        var done = 0  // lines answered, for --progress
        var progress = self.progress
        var buffer = [UInt8](repeating: 0, count: max(1 << 16, min(maxLine + 1, 1 << 22)))
        var start = 0, end = 0
        var out = JSONWriter(capacity: 1 << 16)
        var skipping = false  // inside a line that is already too long
        var eof = false
        while true {
            // Every complete line in the buffer.
            var lines: [Range<Int>] = []
            var i = start
            lines.reserveCapacity(1024)
            while let nl = Self.index(of: 0x0A, in: buffer, from: i, to: end) {
                if skipping {
                    skipping = false
                } else {
                    lines.append(start..<nl)
                }
                i = nl + 1
                start = i
            }
            rejected += handle(lines, in: buffer, into: &out)
            done += lines.count
            if eof {
                if start < end && !skipping { rejected += handle(buffer, start, end, lane: lanes.lane(0), into: &out); done += 1 }
                flush(&out)
                results.drain()
                progress?.finish(done, rejected)
                return rejected
            }
            // Keep the partial line, then refill.
            if start > 0 {
                buffer.withUnsafeMutableBytes { b in
                    _ = memmove(b.baseAddress!, b.baseAddress! + start, end - start)
                }
                end -= start
                start = 0
            }
            // A line may end in CR before its LF: whether the CR arrives with the LF or alone must
            // not decide whether a line of exactly --max-line-bytes is accepted.
            if end - start > maxLine + 1 {
                if !skipping {
                    engine.encoder.encode(error: RequestError(.lineTooLong, "the line is longer than \(maxLine) bytes (see --max-line-bytes)"), id: nil, into: &out)
                    out.newlineByte()
                    rejected += 1
                    done += 1
                    skipping = true
                }
                start = 0
                end = 0
            }
            flush(&out)
            progress?.tick(done, rejected)
            if terminateRequested != 0 { results.drain(); progress?.finish(done, rejected); return rejected }
            // A line longer than the buffer but within --max-line-bytes: make room for it.
            if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: max(1, min(buffer.count, maxLine + 2 - buffer.count)))) }
            let n = buffer.withUnsafeMutableBytes { b in read(fd, b.baseAddress! + end, min(b.count - end, Self.readBytes)) }
            if n < 0 && errno == EINTR { continue }  // a signal: look at the flag, then read again
            if n < 0 && errno == EAGAIN { Output.waitReadable(fd); continue }
            if n < 0 {
                // Everything read so far is answered; the rest of the stream is not lost silently.
                let reason = String(cString: strerror(errno))
                flush(&out)
                results.drain()
                progress?.finish(done, rejected)
                Output.stderr("earlyscreen: cannot read the input after \(done) lines: \(reason)\n")
                exit(2)
            }
            if n == 0 { eof = true } else { end += n }
        }
    }

    static func index(of byte: UInt8, in b: [UInt8], from: Int, to: Int) -> Int? {
        b.withUnsafeBytes { raw -> Int? in
            guard from < to, let p = memchr(raw.baseAddress! + from, Int32(byte), to - from) else { return nil }
            return raw.baseAddress!.distance(to: UnsafeRawPointer(p))
        }
    }

    /// SIGTERM, SIGINT (Ctrl-C) and SIGHUP (a closed terminal) stop the stream after the block
    /// under way, with every answer already computed written whole; the exit status is 128 + the signal.
    static func stopOnTerminate() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in terminateRequested = signal }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocked read returns, and the loop sees the flag
        var set = sigset_t()
        sigemptyset(&set)
        for signal in [SIGTERM, SIGINT, SIGHUP] {
            sigaction(signal, &action, nil)
            sigaddset(&set, signal)
        }
        // A parent may hand these down blocked (a test runner's thread does): unblock them.
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Evaluates whole lines, on several threads when there are enough; returns how many were rejected.
    func handle(_ lines: [Range<Int>], in buffer: [UInt8], into out: inout JSONWriter) -> Int {
        let workers = min(jobs, lines.count / Self.linesPerJob)
        if workers < 2 {
            var rejected = 0
            for r in lines {
                rejected += handle(buffer, r.lowerBound, r.upperBound, lane: lanes.lane(0), into: &out)
                if out.byteCount >= Self.flushBytes { flush(&out) }  // not a whole block's results at once
            }
            return rejected
        }
        // Parts smaller than a worker's share, taken in turn: a worker that drew slow lines (the
        // general path costs ten times the lane) does not keep the other waiting at the end.
        let count = min(workers * Slots.partsPerWorker, lines.count / (Self.linesPerJob / 2))
        let results = self.results
        results.next.store(0, ordering: .relaxed)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            while true {
                let p = results.next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard p < count else { break }
                var rejected = 0
                for r in lines[(lines.count * p / count)..<(lines.count * (p + 1) / count)] {
                    rejected += handle(buffer, r.lowerBound, r.upperBound, lane: lanes.lane(w), into: &results.filling(p).pointee)
                }
                results.rejected[p] = rejected
            }
        }
        lanes.share()
        // In input order: what came before this block, then each part's lines.
        flush(&out)
        results.write(count)
        return (0..<count).reduce(0) { $0 + results.rejected[$1] }
    }

    /// One line (without its newline); a trailing CR is dropped. Returns 1 when rejected.
    func handle(_ b: [UInt8], _ from: Int, _ to: Int, lane: StreamLane?, into out: inout JSONWriter) -> Int {
        var end = to
        if end > from && b[end - 1] == 0x0D { end -= 1 }
        if end - from > maxLine {
            engine.encoder.encode(error: RequestError(.lineTooLong, "the line is longer than \(maxLine) bytes (see --max-line-bytes)"), id: nil, into: &out)
            out.newlineByte()
            return 1
        }
        let blank = b[from..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if blank {
            engine.encoder.encode(error: RequestError(.emptyLine, "the line is empty; every line must hold one request"), id: nil, into: &out)
            out.newlineByte()
            return 1
        }
        let answered = b.withUnsafeBufferPointer { lane?.answer(UnsafeBufferPointer(rebasing: $0[from..<end]), into: &out) ?? false }
        if answered {
            out.newlineByte()
            return 0
        }
        let error = b.withUnsafeBufferPointer { engine.evaluate(json: UnsafeBufferPointer(rebasing: $0[from..<end]), into: &out) }
        out.newlineByte()
        return error == nil ? 0 : 1
    }

    /// Whole lines only, after every block handed to the writing thread; a failed write stops the
    /// stream (Output.write says how).
    func flush(_ out: inout JSONWriter) {
        guard out.byteCount > 0 else { return }
        results.drain()
        out.withBytes { Output.write(fd: 1, $0) }
        out.removeAll()
    }
}

/// One output slot per part of a block, twice: while one set is written out by a thread of its
/// own, the workers fill the other. The writers are kept across blocks: a fresh megabyte per worker
/// per block was mapped, faulted in and unmapped again every time. Each writer has a cache line
/// to itself: side by side, two threads writing neighbouring parts contended for one line at
/// every byte.
///
/// Unchecked Sendable: the worker that took part `p` from `next` alone writes `filling(p)` and
/// `rejected[p]`. The main thread hands a filled set to the writing thread only after
/// `concurrentPerform` has returned and the set handed before it is written (`write`), so at most
/// one set is being written, and never the one being filled.
final class Slots: @unchecked Sendable {
    /// How many parts a block is cut into for each worker.
    static let partsPerWorker = 8
    /// Bytes from one writer to the next: two cache lines, so that no line holds two writers.
    static let spacing = 128
    let count: Int
    /// The next part to take.
    let next = Atomic<Int>(0)
    private let memory: UnsafeMutableRawPointer
    let rejected: UnsafeMutablePointer<Int>
    /// The set the workers fill next (0 or 1).
    private var set = 0
    private let writing = DispatchGroup()
    private let writer = DispatchQueue(label: "earlyscreen.output")

    init(workers: Int) {
        precondition(MemoryLayout<JSONWriter>.stride <= Self.spacing)
        count = workers * Self.partsPerWorker
        memory = .allocate(byteCount: 2 * count * Self.spacing, alignment: Self.spacing)
        // Small at first (`--jobs 256` makes 4,096): each grows to its part once, then keeps it.
        for i in 0..<(2 * count) {
            (memory + i * Self.spacing).bindMemory(to: JSONWriter.self, capacity: 1).initialize(to: JSONWriter(capacity: 256))
        }
        rejected = .allocate(capacity: count)
        rejected.initialize(repeating: 0, count: count)
    }

    private static func slot(_ memory: UnsafeMutableRawPointer, _ i: Int) -> UnsafeMutablePointer<JSONWriter> {
        (memory + i * spacing).assumingMemoryBound(to: JSONWriter.self)
    }

    /// Part `p`'s writer in the set being filled.
    func filling(_ p: Int) -> UnsafeMutablePointer<JSONWriter> { Self.slot(memory, set * count + p) }

    /// Hands the first `parts` slots of the filled set to the writing thread, in order, and
    /// turns to the other set.
    func write(_ parts: Int) {
        drain()
        let first = SetPointer(memory: memory, first: set * count)
        writer.async(group: writing) {
            for p in 0..<parts {
                let w = Slots.slot(first.memory, first.first + p)
                w.pointee.withBytes { Output.write(fd: 1, $0) }
                w.pointee.removeAll()
            }
        }
        set = 1 - set
    }

    /// Returns when every set handed over is written.
    func drain() {
        writing.wait()
    }

    deinit {
        drain()
        for i in 0..<(2 * count) { Self.slot(memory, i).deinitialize(count: 1) }
        memory.deallocate()
        rejected.deallocate()
    }
}

/// A set of slots on its way to the writing thread, which alone touches it until `drain`.
private struct SetPointer: @unchecked Sendable {
    let memory: UnsafeMutableRawPointer
    let first: Int
}

/// The lanes of a stream's threads, each made when its thread first needs it. At most one per
/// core: each lane learns on its own and holds its own memo, so more would cost memory and
/// learning for no speed (`--jobs 64` on two cores); the other threads take the general path.
/// Unchecked Sendable: worker `w` makes and uses only lane `w`.
final class Lanes: @unchecked Sendable {
    let engine: Engine
    let count: Int
    var lanes: UnsafeMutableBufferPointer<StreamLane?>
    var made: UnsafeMutableBufferPointer<Bool>

    init(count jobs: Int, engine: Engine) {
        self.engine = engine
        let count = min(jobs, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        self.count = count
        lanes = .allocate(capacity: count)
        lanes.initialize(repeating: nil)
        made = .allocate(capacity: count)
        made.initialize(repeating: false)
    }

    func lane(_ w: Int) -> StreamLane? {
        guard w < count else { return nil }
        if !made[w] {
            lanes[w] = engine.makeLane()
            made[w] = true
        }
        return lanes[w]
    }

    /// Between blocks: each lane gets the tails the others learnt (`StreamLane.share`).
    func share() {
        StreamLane.share((0..<count).compactMap { made[$0] ? lanes[$0] : nil })
    }

    deinit {
        lanes.deinitialize()
        lanes.deallocate()
        made.deallocate()
    }
}

/// The signal that asked the stream to stop (0: none); read between blocks (a sig_atomic_t, as C requires).
nonisolated(unsafe) var terminateRequested: sig_atomic_t = 0

/// `--progress`: a line on standard error about once a second, rewritten in place on a terminal,
/// and a summary at the end. Standard output is untouched.
struct Progress {
    let started = Progress.now()
    var last = Progress.now()
    let terminal = isatty(2) != 0

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    mutating func tick(_ done: Int, _ rejected: Int) {
        let t = Progress.now()
        guard t - last >= 1 else { return }
        last = t
        let rate = Double(done) / max(t - started, 1e-9)
        Output.stderr("\(terminal ? "\r" : "")earlyscreen: \(Self.grouped(done)) lines, \(Self.grouped(rejected)) rejected, \(Self.grouped(Int(rate))) lines/s\(terminal ? "" : "\n")")
    }

    func finish(_ done: Int, _ rejected: Int) {
        let seconds = Progress.now() - started
        let tenths = Int((seconds * 10).rounded())
        Output.stderr("\(terminal ? "\r" : "")earlyscreen: done: \(Self.grouped(done)) lines, \(Self.grouped(rejected)) rejected, in \(tenths / 10).\(tenths % 10) s\n")
    }

    /// 1234567 → "1,234,567"
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
