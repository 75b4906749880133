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
/// The library's front door: load an instrument set once, then evaluate many requests.
///
/// ```swift
/// let engine = try Engine.builtIn()
/// let output = engine.evaluate(json: Array(requestText.utf8))
/// ```
public struct Engine: Sendable {
    public let set: InstrumentSet
    package var evaluator: Evaluator
    package var encoder: ResultEncoder
    package let reader = JSONReader()
    package let decoder = RequestDecoder()
    /// Set: results are written as FHIR Bundles (`evaluate --format fhir`).
    package var fhir: FHIRBundle? = nil
    /// The instruments a draft brought (`load(draft:)`); empty for the built-in set.
    public private(set) var draftIDs: [String] = []

    public init(set: InstrumentSet, explain: Bool = false, pretty: Bool = false) {
        self.set = set
        evaluator = Evaluator(set: set, explain: explain)
        encoder = ResultEncoder(pretty: pretty, explain: explain)
    }

    /// The load failed: the diagnostics say why.
    public struct LoadError: Error, Sendable {
        public var diagnostics: [Diagnostic]
        public var sources: [String: Diagnostic.SourceFile]
    }

    /// The instruments compiled into this binary (Instruments/ at build time).
    public static func builtIn(explain: Bool = false, pretty: Bool = false) throws(LoadError) -> Engine {
        let out = InstrumentSetLoader().load(texts: ShippedFiles.files, origin: "built-in", embedded: ShippedFiles.digests)
        guard let set = out.set else { throw LoadError(diagnostics: out.diagnostics, sources: out.sources) }
        return Engine(set: set, explain: explain, pretty: pretty)
    }

    /// Only the built-in instruments a request names, and the referral catalog. A single request
    /// at start-up then loads and proves one or a few files instead of all of them; the result is
    /// the same bytes (every file is checked in full by the test suite). nil when a name is not a
    /// built-in instrument or the files do not load alone (a second stage named without its first
    /// stage): the caller then loads the whole set, whose errors list every instrument.
    public static func builtIn(for ids: [String], explain: Bool = false, pretty: Bool = false) -> Engine? {
        var needed = Set(ids)
        // The schedule too, with every instrument sharing a screening with a named one: a response
        // out of its age range names those that fit the child instead (docs/decisions.md).
        var schedule: Schedule? = nil
        if let file = ShippedFiles.files.first(where: { $0.path == "Instruments/schedule.yaml" }) {
            let source = SourceFile(path: file.path, text: file.text)
            var d = DiagnosticBag()
            var loader = ScheduleLoader(source: source)
            guard let root = YAMLReader().read(source, diagnostics: &d), let s = loader.load(root), !loader.d.hasErrors else { return nil }
            schedule = s
            for row in s.screenings where !needed.isDisjoint(with: row.instruments) { needed.formUnion(row.instruments) }
        }
        var texts = ShippedFiles.files.filter { $0.path == "Instruments/referrals.yaml" }
        for id in needed.sorted() {
            let own = ShippedFiles.files.filter { $0.path == "Instruments/\(id).yaml" || $0.path.hasPrefix("Instruments/texts/\(id).") }
            guard own.contains(where: { $0.path == "Instruments/\(id).yaml" }) else { return nil }
            texts += own
        }
        guard var set = InstrumentSetLoader().load(texts: texts, origin: "built-in", embedded: ShippedFiles.digests).set, Set(set.ids) == needed else { return nil }
        set.schedule = schedule
        return Engine(set: set, explain: explain, pretty: pretty)
    }

    /// The instruments a request names, read without evaluating it (nil when it does not decode:
    /// the whole set then reports the error).
    public static func instrumentIDs(inRequest bytes: [UInt8]) -> [String]? {
        let request = bytes.withUnsafeBufferPointer { RequestScanner.scan($0) }
            ?? (try? RequestDecoder().decode(JSONReader().parse(bytes)))
        return request?.responses.map(\.instrument)
    }

    /// A draft over the built-in set — the one rule every command follows for `--instruments`:
    /// an instrument in the draft replaces the built-in one with its id, the others stay; the
    /// draft's referral catalog and schedule replace the built-in ones when it has them; texts
    /// files may dress built-in instruments. `draftIDs` names what the draft brought.
    public static func load(draft paths: [String], explain: Bool = false, pretty: Bool = false) throws(LoadError) -> Engine {
        let base = InstrumentSetLoader().load(texts: ShippedFiles.files, origin: "built-in", embedded: ShippedFiles.digests)
        guard let builtIn = base.set else { throw LoadError(diagnostics: base.diagnostics, sources: base.sources) }
        let out = InstrumentSetLoader().load(paths: paths, context: builtIn)
        guard let draft = out.set else { throw LoadError(diagnostics: out.diagnostics, sources: out.sources) }
        var all = builtIn.instruments
        all.merge(draft.instruments) { _, new in new }
        // Built-in instruments kept beside a draft catalog must still find their referrals in it.
        var d = DiagnosticBag()
        InstrumentSetLoader.link(all.filter { draft.instruments[$0.key] == nil }, draft.referrals, context: all, &d)
        if d.hasErrors { throw LoadError(diagnostics: d.sorted, sources: base.sources.merging(out.sources) { a, _ in a }) }
        var engine = Engine(set: InstrumentSet(instruments: all, referrals: draft.referrals, schedule: draft.schedule,
                                               origin: draft.origin + " over the built-in set"), explain: explain, pretty: pretty)
        engine.draftIDs = draft.ids
        return engine
    }

    /// The embedded tests of the draft's instruments that fail (none for the built-in set, whose
    /// tests the build runs). Each as "instrument: test name".
    public func failingDraftTests() -> [(instrument: String, failure: Diagnostic)] {
        let runner = EmbeddedTestRunner(set: set)
        return draftIDs.flatMap { id in (set[id].map { runner.run($0).failures } ?? []).map { (id, $0) } }
    }

    /// Stamps every result as coming from a draft whose embedded tests fail (`--allow-failing-tests`).
    public mutating func markDraft(failingTests: [String]) {
        evaluator.draftFailures = failingTests
    }

    /// Instruments loaded from files or folders, exactly (no built-in instrument added).
    public static func load(paths: [String], explain: Bool = false, pretty: Bool = false) throws(LoadError) -> Engine {
        let out = InstrumentSetLoader().load(paths: paths)
        guard let set = out.set else { throw LoadError(diagnostics: out.diagnostics, sources: out.sources) }
        return Engine(set: set, explain: explain, pretty: pretty)
    }

    /// Parses, decodes and evaluates one request. Returns the result (or error object) bytes and
    /// the error when the request was rejected.
    public func evaluate(json bytes: UnsafeBufferPointer<UInt8>) -> (output: [UInt8], error: RequestError?) {
        var w = JSONWriter(pretty: encoder.pretty)
        let error = evaluate(json: bytes, into: &w)
        return (w.bytes, error)
    }

    /// The same, with the result (or error object) appended to `w`: a stream writes every line's
    /// result through one writer. Returns the error when the request was rejected.
    package func evaluate(json bytes: UnsafeBufferPointer<UInt8>, into w: inout JSONWriter) -> RequestError? {
        var id: String? = nil
        do throws(RequestError) {
            if let request = RequestScanner.scan(bytes, set: set) {
                id = request.id
                encode(request, try evaluator.evaluate(request), bytes, into: &w)
                return nil
            }
            let value = try reader.parse(bytes)
            if case .object(let top) = value, FHIRRequest.isFHIR(top) {
                let input = try FHIRRequest.decode(value, set: set)
                id = input.request.id
                do throws(RequestError) {
                    encode(input.request, try evaluator.evaluate(input.request), bytes, into: &w)
                    return nil
                } catch {
                    var e = error
                    e.pointer = input.fhirPointer(e.pointer)
                    throw e
                }
            }
            if case .object(let top) = value { id = try? RequestDecoder.id(top) }
            let request = try decoder.decode(value)
            encode(request, try evaluator.evaluate(request), bytes, into: &w)
            return nil
        } catch {
            encoder.encode(error: error, id: id, into: &w)
            return error
        }
    }

    /// Decodes one request line as `evaluate(json:)` does (earlyscreen's JSON or FHIR), without
    /// evaluating it: for tools that score one request several ways (`diff`, `study`).
    public func request(json bytes: UnsafeBufferPointer<UInt8>) throws(RequestError) -> ScreeningRequest {
        if let request = RequestScanner.scan(bytes, set: set) { return request }
        return try request(try reader.parse(bytes))
    }

    /// The same from an already parsed value (a request inside a study line).
    package func request(_ value: JSONValue) throws(RequestError) -> ScreeningRequest {
        if case .object(let top) = value, FHIRRequest.isFHIR(top) { return try FHIRRequest.decode(value, set: set).request }
        return try decoder.decode(value)
    }

    func encode(_ request: ScreeningRequest, _ result: ScreeningResult, _ bytes: UnsafeBufferPointer<UInt8>, into w: inout JSONWriter) {
        guard let fhir else { return encoder.encode(result, into: &w) }
        w.append(verbatim: fhir.encode(request, result, set: set, key: request.id ?? SHA256.hex(bytes)))
    }

    /// A fast lane for a stream of request lines, one per thread (`evaluate --lines`); nil when
    /// results are explained, indented or FHIR: every line then goes the general way.
    package func makeLane(stepsAside: Bool = true) -> StreamLane? {
        fhir == nil ? StreamLane(evaluator: evaluator, encoder: encoder, stepsAside: stepsAside) : nil
    }

    public func evaluate(json bytes: [UInt8]) -> (output: [UInt8], error: RequestError?) {
        bytes.withUnsafeBufferPointer { evaluate(json: $0) }
    }

    /// What to ask next of response `r` at the desk (administer): the gate that scores the visit
    /// decides it, so the questions asked and the result cannot disagree.
    package func itemsToAsk(_ request: ScreeningRequest, response r: Int) -> Evaluator.ItemsToAsk {
        evaluator.itemsToAsk(request, response: r)
    }

    /// Evaluates a decoded request, for callers that build requests in Swift.
    public func evaluate(_ request: ScreeningRequest) throws(RequestError) -> ScreeningResult {
        try evaluator.evaluate(request)
    }
}

extension Engine {
    /// The shipped instrument files as compiled into the binary.
    public static var shippedFiles: [(path: String, text: String)] { ShippedFiles.files }
}
