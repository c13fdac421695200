import Foundation
import Testing
@testable import SightlineCore

@Suite struct CodecTests {
    let network = Network(
        id: "net-1", name: "Quiet Harbor", category: .malware, categories: [.malware: 0.123456, .phishing: 0.5], risk: 0.87654,
        accounts: ["a", "b"],
        attribution: .init(
            promptLanguages: ["ru": 0.9, "en": 0.1], outputLanguages: [:], utcOffsetHours: nil, anonymizerShare: 0.25, countries: ["DE": 1],
            confidence: .moderate, reasons: ["activity fits"]),
        breakout: nil, ttps: [Tactic(framework: .killChain, id: "5", name: "Evading detection")],
        evidence: [.init(kind: .templateSimilarity, detail: "2 near-duplicate prompts", accounts: ["a", "b"])], events: 12,
        firstSeen: 1_756_684_800_000, lastSeen: 1_756_771_200_250, hourOfWeek: Array(0..<168))

    @Test func aNetworkDocumentHasTheContractShapeInSortedKeys() throws {
        let text = try network.document()
        let o = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["id", "name", "category", "categories", "risk", "accounts", "attribution", "breakout", "ttps", "evidence", "events", "first_seen", "last_seen", "hour_of_week"] {
            #expect(o[key] != nil, "\(key)")
        }
        #expect(o["breakout"] is NSNull, "no breakout is an explicit null")
        #expect((o["attribution"] as? [String: Any])?["utc_offset_hours"] is NSNull)
        #expect(o["category"] as? String == "cyber.malware")
        #expect((o["categories"] as? [String: Double])?["cyber.malware"] == 0.123, "scores keep three decimals")
        #expect(o["first_seen"] as? String == "2025-09-01T00:00:00Z")
        #expect(text.contains("\"accounts\"") && text.firstRange(of: "\"accounts\"")!.lowerBound < text.firstRange(of: "\"attribution\"")!.lowerBound)
        #expect(try network.document() == text, "the same network gives the same bytes")
    }

    @Test func aDocumentDecodesBackToTheSameNetwork() throws {
        let back = try Network.decode(document: try network.document(), id: "net-1")
        #expect(back.categories == [.malware: 0.123, .phishing: 0.5])
        #expect(back.risk == 0.877)
        #expect(back.evidence == network.evidence)
        #expect(back.lastSeen == network.lastSeen)
        #expect(try back.document() == (try network.document()))
    }

    @Test func aDocumentThatDoesNotDecodeIsAnErrorNamingTheNetwork() throws {
        var o = try #require(try JSONSerialization.jsonObject(with: Data(try network.document().utf8)) as? [String: Any])
        o["category"] = "not-a-category"
        let broken = String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self)
        #expect {
            _ = try Network.decode(document: broken, id: "net-1")
        } throws: { error in
            String(describing: error).contains("net-1") && error is UndecodableNetwork
        }
        o.removeValue(forKey: "category")
        let missing = String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self)
        #expect(throws: UndecodableNetwork.self) { _ = try Network.decode(document: missing, id: "net-1") }
    }

    @Test func enumsParseTheirContractNamesAndNothingElse() {
        #expect(ThreatCategory.allCases.map(\.rawValue) == ["surveillance", "cyber.malware", "cyber.phishing", "cyber.recon", "influence", "employment", "scam"])
        #expect(Label(rawValue: "benign") == .benign)
        #expect(Label(rawValue: "cyber.recon") == .threat(.recon))
        #expect(Label(rawValue: "Benign") == nil)
        #expect(Sanction.ban > Sanction.suspend && Sanction.suspend > Sanction.warn)
        #expect(Role.admin.allows(.analyst) && !Role.viewer.allows(.analyst))
        #expect(LeadSource(rawValue: "tip from a partner") == .partnerTip)
    }

    @Test func aJSONArrayBecomesOneLinePerElementWithItsOwnBytes() throws {
        let body = Array("[ {\"id\": \"e1\",\n \"x\": [1, 2]}, 7 ,\"s\"]".utf8)
        let lines = try #require(JSONArrayLines.split(body))
        #expect(String(decoding: lines, as: UTF8.self) == "{\"id\": \"e1\",  \"x\": [1, 2]}\n7\n\"s\"")
        #expect(JSONArrayLines.split(Array("[1, 2".utf8)) == nil)
        #expect(JSONArrayLines.split(Array("[1] x".utf8)) == nil)
        #expect(JSONArrayLines.split(Array("[]".utf8)) == [])
    }
}
