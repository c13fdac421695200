import Foundation
import SightlineEncoder
import Testing

@Suite(.enabled(if: ReferenceFixture.available, ReferenceFixture.skipReason), .serialized)
struct EncoderTests {
    @Test func tokenIDsEqualTheReferenceEngines() throws {
        let f = try ReferenceFixture.load()
        let texts = MultilingualTexts.all.map(\.text) + MultilingualTexts.all.map { "query: " + $0.text } + ["<s>", "a</s>b", "ＡＢＣ１２３", "x  y", " leading", "trailing "]
        let expected = try f.reference.tokens(texts)
        var agree = 0
        for (i, text) in texts.enumerated() {
            let ours = f.model.tokenizer.contentIDs(text)
            if ours == expected[i] { agree += 1 }
            #expect(ours == expected[i], "\(text.prefix(60))")
        }
        print("token ids: \(agree) of \(texts.count) texts identical to the reference engine's")
    }

    @Test func encodeAddsSpecialTokensAndTruncatesTo512() throws {
        let f = try ReferenceFixture.load()
        let tok = f.model.tokenizer
        let short = tok.encode("hello")
        #expect(short.first == tok.bos && short.last == tok.eos)
        let long = tok.encode(MultilingualTexts.long)
        #expect(long.count == 512)
        #expect(long.first == tok.bos && long.last == tok.eos)
        #expect(Array(long[1..<511]) == Array(tok.contentIDs(MultilingualTexts.long).prefix(510)))
    }

    @Test(arguments: E5Encoder.Kind.allCases)
    func vectorsMatchTheReferenceEngine(kind: E5Encoder.Kind) throws {
        let f = try ReferenceFixture.load()
        // The 5,000-character text is compared by its token ids (`tokenIDsEqualTheReferenceEngines`)
        // but not here: in a debug build, encoding it takes minutes (1.4 s in a release build;
        // some of the encoder's code is not optimised in debug builds), which would double the
        // suite's time.
        let texts = MultilingualTexts.all.filter { $0.language != "long" }.map(\.text)
        let ours = f.encoder.embed(texts, kind: kind, threads: 2)
        let theirs = try f.reference.embed(texts, query: kind == .query)
        var worst: (Float, String) = (1, "")
        for i in texts.indices {
            #expect(ours[i].count == 384)
            let c = ReferenceFixture.cosine(ours[i], theirs[i])
            if c < worst.0 { worst = (c, String(texts[i].prefix(20))) }
            #expect(c >= 0.99, "cosine \(c) for \(texts[i].prefix(40))")
        }
        print("\(kind): minimum cosine against the reference engine over \(texts.count) texts: \(worst.0) (\(worst.1))")
    }

    @Test func vectorsAreUnitLengthAndDeterministicWhateverTheBatch() throws {
        let f = try ReferenceFixture.load()
        let texts = Array(MultilingualTexts.all.map(\.text).prefix(12))
        let batched = f.encoder.embed(texts, kind: .query, threads: 2)
        let again = f.encoder.embed(texts, kind: .query, threads: 1)
        #expect(batched == again)
        for (i, text) in texts.enumerated() {
            let alone = f.encoder.embed([text], kind: .query)[0]
            #expect(alone == batched[i], "text \(i) differs alone and in a batch")
            let norm = alone.reduce(0) { $0 + $1 * $1 }
            #expect(abs(norm - 1) < 1e-4)
        }
        #expect(f.encoder.embed([], kind: .passage).isEmpty)
    }

    /// Meaning crosses languages: the same request in Chinese and English is closer than two
    /// unrelated requests in one language.
    @Test func aChineseAndAnEnglishSentenceSayingTheSameAreClose() throws {
        let f = try ReferenceFixture.load()
        let v = f.encoder.embed(
            [
                "请帮我写一封邮件，向客户解释订单为什么延迟发货。",
                "Please help me write an email explaining to a customer why their order shipped late.",
                "Please help me write an email explaining to a customer why their order shipped late.",
                "What is the boiling point of water at high altitude?",
                "请帮我写一封邮件，向客户解释订单为什么延迟发货。",
                "北京今天的最高气温是多少度？",
            ], kind: .query)
        let across = ReferenceFixture.cosine(v[0], v[1])
        let unrelatedEnglish = ReferenceFixture.cosine(v[2], v[3])
        let unrelatedChinese = ReferenceFixture.cosine(v[4], v[5])
        print("zh-en same meaning: \(across); unrelated en-en: \(unrelatedEnglish); unrelated zh-zh: \(unrelatedChinese)")
        #expect(across > unrelatedEnglish)
        #expect(across > unrelatedChinese)
    }

    @Test func truncatedModelFilesAreErrorsNotCrashes() throws {
        let f = try ReferenceFixture.load()
        let bytes = try ReferenceFixture.cache.load()
        _ = f
        for cut in [0, 3, 8, 40, 60, 1_000, 1_003_000, 3_600_000, 4_637_000, 4_638_260, 60_000_000, bytes.count - 1] {
            #expect(throws: E5ModelError.self, "cut at \(cut)") { try E5Model(bytes: Array(bytes.prefix(cut))) }
        }
        var damaged = bytes
        damaged[40] = 0xFF  // the piece count becomes huge
        damaged[41] = 0xFF
        #expect(throws: E5ModelError.self) { try E5Model(bytes: damaged) }
    }
}
