/// The library's front door: load an instrument set once, then evaluate many requests.
///
/// ```swift
/// let engine = try Engine.builtIn()
/// let output = engine.evaluate(json: Array(requestText.utf8))
/// ```
public struct Engine: Sendable {
    public let set: InstrumentSet
    public var evaluator: Evaluator
    public var encoder: ResultEncoder
    public let reader = JSONReader()
    public let decoder = RequestDecoder()

    public init(set: InstrumentSet, explain: Bool = false, pretty: Bool = false) {
        self.set = set
        evaluator = Evaluator(set: set, explain: explain)
        encoder = ResultEncoder(pretty: pretty, explain: explain)
    }

    /// The load failed: the diagnostics say why.
    public struct LoadError: Error, Sendable {
        public var diagnostics: [Diagnostic]
        public var sources: [String: SourceFile]
    }

    /// The instruments compiled into this binary (Instruments/ at build time).
    public static func builtIn(explain: Bool = false, pretty: Bool = false) throws(LoadError) -> Engine {
        let out = InstrumentSetLoader().load(texts: ShippedFiles.files, origin: "built-in")
        guard let set = out.set else { throw LoadError(diagnostics: out.diagnostics, sources: out.sources) }
        return Engine(set: set, explain: explain, pretty: pretty)
    }

    /// Instruments loaded from files or folders.
    public static func load(paths: [String], explain: Bool = false, pretty: Bool = false) throws(LoadError) -> Engine {
        let out = InstrumentSetLoader().load(paths: paths)
        guard let set = out.set else { throw LoadError(diagnostics: out.diagnostics, sources: out.sources) }
        return Engine(set: set, explain: explain, pretty: pretty)
    }

    /// Parses, decodes and evaluates one request. Returns the result (or error object) bytes and
    /// the error when the request was rejected.
    public func evaluate(json bytes: UnsafeBufferPointer<UInt8>) -> (output: [UInt8], error: RequestError?) {
        var id: String? = nil
        do {
            if let request = RequestScanner.scan(bytes) {
                id = request.id
                return (encoder.encode(try evaluator.evaluate(request)), nil)
            }
            let value = try reader.parse(bytes)
            if case .object(let top) = value { id = try? RequestDecoder.id(top) }
            let request = try decoder.decode(value)
            return (encoder.encode(try evaluator.evaluate(request)), nil)
        } catch {
            return (encoder.encode(error: error, id: id), error)
        }
    }

    public func evaluate(json bytes: [UInt8]) -> (output: [UInt8], error: RequestError?) {
        bytes.withUnsafeBufferPointer { evaluate(json: $0) }
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
