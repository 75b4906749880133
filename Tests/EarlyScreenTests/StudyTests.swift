import Foundation
import Testing
@testable import EarlyScreen
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

/// `earlyscreen study`, checked by other people's statistics code (Tests/oracles/study_oracle.py:
/// scikit-learn's AUC, statsmodels' Wilson intervals) and on cases small enough to count by hand.
@Suite struct StudyTests {
    static let oraclesInstalled: Bool = {
        guard let p = try? FHIRTests.python(["-c", "import sklearn.metrics, statsmodels.stats.proportion"]) else { return false }
        return p.status == 0
    }()

    @Test(.enabled(if: oraclesInstalled || FHIRTests.underCI))
    func scikitLearnAndStatsmodelsAgree() throws {
        let run = try FHIRTests.python([Repo.path("Tests/oracles/study_oracle.py"), Repo.executable, "3000"])
        #expect(run.status == 0, "\(run.out)")
        #expect(run.out.contains("figures equal to scikit-learn and statsmodels"), "\(run.out)")
    }

    /// DeLong's AUC is the share of (positive, negative) pairs ordered right, ties counting half.
    @Test func theAreaCountsPairsAndTiesHalf() {
        let (auc, se) = ValidationStudy.delong(positives: [3, 5, 5, 8], negatives: [1, 3, 5])
        // Pairs: 3>1 ✓, 3=3 ½, 3<5 ✗; 5>1, 5>3, 5=5 ½ (twice); 8 beats all three.
        #expect(abs(auc! - (1 + 0.5 + 0 + 2.5 + 2.5 + 3) / 12) < 1e-12)
        #expect(se != nil && se! > 0)
        #expect(ValidationStudy.delong(positives: [], negatives: [1]).0 == nil)
    }

    /// The histogram form of DeLong's variance equals the textbook per-case one (each positive's
    /// and negative's placement value, all pairs compared), on random scores with many ties.
    @Test func delongFromCountsEqualsDelongFromCases() {
        var rng = PublishedRulesTests.SplitMix(state: 31)
        for trial in 0..<20 {
            let x = (0..<(5 + rng.int(60))).map { _ in Double(rng.int(8)) }
            let y = (0..<(5 + rng.int(90))).map { _ in Double(rng.int(5)) }
            func psi(_ a: Double, _ b: Double) -> Double { a > b ? 1 : a == b ? 0.5 : 0 }
            let v10 = x.map { a in y.reduce(0) { $0 + psi(a, $1) } / Double(y.count) }
            let v01 = y.map { b in x.reduce(0) { $0 + psi($1, b) } / Double(x.count) }
            func variance(_ a: [Double]) -> Double {
                let mean = a.reduce(0, +) / Double(a.count)
                return a.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(a.count - 1)
            }
            let auc = v10.reduce(0, +) / Double(x.count)
            let se = (variance(v10) / Double(x.count) + variance(v01) / Double(y.count)).squareRoot()
            let (a, s) = ValidationStudy.delong(positives: x, negatives: y)
            #expect(abs(a! - auc) < 1e-12 && abs(s! - se) < 1e-12, "trial \(trial)")
        }
    }

    @Test func excludedAndRejectedLinesAreCountedNotDropped() throws {
        let engine = try Engine.builtIn()
        var study = ValidationStudy()
        let low = Repo.read("Corpus/cases/mchat-r-low.request.json")
        let young = Repo.read("Corpus/cases/safety-05-mchat-past-age.request.json")
        for (request, label) in [(low, "false"), (young, "true")] {
            study.add(line: Array("{\"request\": \(request), \"reference\": {\"mchat-r\": \(label)}}".utf8), engine: engine)
        }
        study.add(line: Array(#"{"request": {"child": {}}, "reference": {"mchat-r": true}}"#.utf8), engine: engine)
        study.add(line: Array("not json".utf8), engine: engine)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(study.json(pretty: false))) as? [String: Any])
        #expect(json["lines"] as? Int == 4)
        #expect((json["rejected"] as? [String: Int]) == ["not_a_study_line": 1, "missing_field": 1])
        let mchat = try #require((json["instruments"] as? [[String: Any]])?.first)
        #expect(mchat["cases"] as? Int == 1)
        #expect((mchat["excluded"] as? [String: Int]) == ["not_applicable": 1])
    }
}
