import Foundation
import Testing

/// examples/spark: the PySpark job in local mode on 100,000 generated visits must write one result
/// line per request line, the same lines earlyscreen writes directly, and a merged tally equal to
/// `tally` over the direct output. Needs pyspark and a Java runtime (scripts/setup installs both);
/// under CI they must be there.
@Suite struct ExampleSparkTests {
    static let sparkInstalled: Bool = {
        guard let p = try? FHIRTests.python(["-c", "import pyspark, shutil, sys; sys.exit(0 if shutil.which('java') else 1)"]) else { return false }
        return p.status == 0
    }()

    @Test(.enabled(if: sparkInstalled || FHIRTests.underCI), .timeLimit(.minutes(10)))
    func theSparkJobMatchesEarlyscreenRunDirectly() throws {
        let (status, text) = try Run.program(Repo.path("examples/spark/run-local.sh"), ["100000", Repo.executable])
        #expect(status == 0, "\(text.suffix(2000))")
        #expect(text.contains("spark example: 100000 visits, results identical to earlyscreen's, merged tally identical"), "\(text.suffix(2000))")
    }
}
