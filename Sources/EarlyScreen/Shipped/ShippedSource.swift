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
/// Renders the Swift file that compiles the shipped instrument files into the binary.
/// The test suite fails when Sources/EarlyScreen/Shipped/ShippedFiles.swift is stale;
/// `scripts/embed-instruments` rewrites it.
package enum ShippedSource {
    package static func render(_ files: [(path: String, text: String)]) -> String {
        var out = """
        // Generated from Instruments/ by scripts/embed-instruments; do not edit by hand.
        // The built-in instrument set, so the executable works copied alone to another machine.
        enum ShippedFiles {
            static let files: [(path: String, text: String)] = [

        """
        for (path, text) in files.sorted(by: { $0.path < $1.path }) {
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            out += "        (\"\(path)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n\n"
        out += "    /// Each file's digest, computed as it was embedded. The embedding test loads every file with\n"
        out += "    /// all checks first (band coverage proved), so the built-in set is not hashed or proved again\n"
        out += "    /// at every start (InstrumentSetLoader's `embedded`).\n"
        out += "    static let digests: [String: String] = [\n"
        for (path, text) in files.sorted(by: { $0.path < $1.path }) {
            out += "        \"\(path)\": \"sha256:\(SHA256.hex(text.utf8))\",\n"
        }
        out += "    ]\n}\n"
        return out
    }
}
