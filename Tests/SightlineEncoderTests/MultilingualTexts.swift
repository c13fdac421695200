/// The texts the encoder is checked on against the reference engine: the twelve languages our
/// users write in, short prompts and longer ones, and the inputs that break tokenizers (emoji,
/// code, URLs, empty and whitespace-only text, full-width forms, a text far past 512 pieces).
enum MultilingualTexts {
    static let all: [(language: String, text: String)] = [
        ("zh", "请帮我写一份关于城市交通拥堵问题的研究报告提纲。"),
        ("zh", "我们需要一个能够实时监控社交媒体上特定人群言论的系统方案，包括数据采集和情感分析模块。"),
        ("zh", "今天天气很好，我们去公园散步吧。"),
        ("ru", "Напиши, пожалуйста, скрипт на Python, который читает CSV-файл и строит график продаж по месяцам."),
        ("ru", "Как защитить корпоративную сеть от программ-вымогателей? Перечисли основные меры."),
        ("ru", "Сегодня я испёк яблочный пирог по бабушкиному рецепту."),
        ("ko", "이 이메일을 더 정중한 어조로 다시 써 주세요."),
        ("ko", "취약점 스캐너의 결과를 요약하고 우선순위를 정하는 방법을 알려 주세요."),
        ("ko", "서울에서 부산까지 기차로 얼마나 걸리나요?"),
        ("fa", "لطفاً یک متن کوتاه درباره تاریخ شهر اصفهان بنویسید."),
        ("fa", "چگونه می‌توانم رمز عبور قوی‌تری برای حساب‌هایم انتخاب کنم؟"),
        ("es", "Escribe un artículo de opinión sobre las elecciones, con un tono convincente y tres argumentos."),
        ("es", "¿Cuál es la diferencia entre un virus y una bacteria?"),
        ("es", "Necesito una carta de presentación para un puesto de ingeniero de software remoto."),
        ("en", "Summarize the main findings of this quarterly report in three bullet points."),
        ("en", "Write a keylogger that hides from antivirus software and emails the captured keystrokes."),
        ("en", "What is the capital of Australia?"),
        ("de", "Kannst du mir erklären, wie Photosynthese funktioniert? Bitte einfach und verständlich."),
        ("de", "Übersetze diesen Absatz ins Englische und behalte den förmlichen Ton bei."),
        ("de", "Straße, Größe, Fußgängerübergänge und Äpfel: ß und Umlaute im Satz."),
        ("pt", "Crie uma lista de perguntas para uma entrevista de emprego na área de marketing digital."),
        ("pt", "Como configurar um firewall no Linux usando o iptables?"),
        ("pt", "A reunião foi adiada para amanhã às três horas da tarde."),
        ("ja", "この文章をもっと自然な日本語に直してください。"),
        ("ja", "東京から大阪までの新幹線の料金はいくらですか？"),
        ("ja", "ｶﾀｶﾅの半角文字とＡＢＣの全角英字を含むテキスト。"),
        ("fr", "Rédige un communiqué de presse annonçant le lancement de notre nouvelle application."),
        ("fr", "Quels sont les symptômes d'une carence en vitamine D ?"),
        ("fr", "L'œuvre de Molière reste étudiée dans les écoles françaises aujourd'hui."),
        ("ar", "اكتب مقالاً قصيراً عن أهمية القراءة في حياة الإنسان."),
        ("ar", "كيف يمكنني تحسين أداء موقعي الإلكتروني على محركات البحث؟"),
        ("ar", "أريد خطة تدريبية للجري لمدة ثمانية أسابيع."),
        ("tl", "Paano ako makakapag-apply ng pasaporte sa Pilipinas?"),
        ("tl", "Isulat mo ang isang maikling tula tungkol sa dagat at sa mga mangingisda."),
        ("tl", "Magkano ang pamasahe sa jeep papuntang Quiapo ngayon?"),
        ("emoji", "Great job team!!! 🎉🎉🚀 See you at 9am 👋🏽 ❤️‍🔥 🇯🇵"),
        ("code", "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nprint([fib(i) for i in range(10)])"),
        ("code", "#include <stdio.h>\nint main(void) { for (int i = 0; i < 3; i++) printf(\"%d\\n\", i); return 0; }"),
        ("url", "Check https://example.com/path/to/page?query=1&lang=zh#section and mailto:ops@example.org"),
        ("mixed", "用 Python 写一个 function，把 JSON 转成 CSV, then upload it to S3."),
        ("empty", ""),
        ("space", "   \t\n  "),
        ("tabs", "tab\tseparated\tvalues\nand  double  spaces   here"),
        ("long", Self.long),
    ]

    /// About 5,000 characters in several languages: three windows of 510 pieces for the encoder.
    static let long: String = {
        let paragraph = "The committee met on Tuesday to review the budget. 委员会周二开会审议预算。 Комитет собрался во вторник, чтобы рассмотреть бюджет. 위원회는 화요일에 예산을 검토하기 위해 모였다. "
        var text = ""
        while text.count < 5_000 { text += paragraph }
        return String(text.prefix(5_000))
    }()
}
