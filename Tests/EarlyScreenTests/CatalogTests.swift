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

/// `list` and `show --format json`: enough for another tool to build a form and a valid request
/// without reading YAML — checked by doing exactly that for every shipped instrument and form.
@Suite struct CatalogTests {
    @Test func listNamesEveryInstrumentWithItsTextsInEveryLocale() throws {
        let run = try Run.earlyscreen(["list", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        #expect(list["format"] as? String == "earlyscreen/catalog@1")
        let items = try #require(list["instruments"] as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == Repo.shippedInstrumentIDs().sorted())
        for i in items { #expect(Set(((i["title"] as? [String: String]) ?? [:]).keys) == ["en", "az", "ru"], "\(i["id"]!)") }
    }

    @Test(arguments: Repo.shippedInstrumentIDs())
    func aRequestBuiltFromShowEvaluates(id: String) throws {
        let run = try Run.earlyscreen(["show", id, "--format", "json"])
        #expect(run.status == 0)
        let show = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        let model = try #require(try Repo.shippedSet()[id])
        #expect(show["digest"] as? String == model.digest)
        for form in try #require(show["forms"] as? [[String: Any]]) {
            let ages = try #require(form["ages"] as? [String: Int])
            let items = try #require(form["items"] as? [[String: Any]])
            let formID = try #require(form["id"] as? String)
            let modelForm = try #require(model.form(id: formID))
            #expect(items.compactMap { $0["id"] as? String } == modelForm.items.map(\.id))
            // The last option of every item, at the form's youngest age.
            var answers: [String: Any] = [:]
            for item in items { answers[item["id"] as! String] = ((item["options"] as? [[String: Any]])?.last?["id"]) }
            let months = ages["min_months"]!
            let birth = EmbeddedTestRunner.visit.adding(months: -months).adding(days: -3)
            var response: [String: Any] = ["instrument": id, "answers": answers]
            if modelForm.declared { response["form"] = modelForm.id }
            var responses = [response]
            if let first = model.follows?.instrument {
                responses.insert(["instrument": first, "answers": [String: Any]()], at: 0)
            }
            let request: [String: Any] = ["child": ["birth_date": birth.description], "assessed_on": EmbeddedTestRunner.visit.description,
                                          "responses": responses]
            let out = try Engine.builtIn().evaluate(json: Array(try JSONSerialization.data(withJSONObject: request)))
            #expect(out.error == nil, "\(id) \(modelForm.id): \(String(decoding: out.output, as: UTF8.self))")
        }
    }
}
