import SightlineCore
/// An address an account reaches the provider from.
struct Exit: Sendable {
    let ip: String
    let asn: Int
    let country: String
    let anonymizer: String?
}

/// Writes one account's events as JSON lines, attaching the account facts to its first event.
struct AccountWriter {
    let account: String
    let seed: UInt64
    var counter: UInt64
    let sink: (String) -> Void
    var device: String?
    var userAgent: String = ""
    var timezone: String?
    var locale: String?
    var info: AccountInfoDraft?
    var written = 0
    let writer = JSONLineWriter()

    init(account: String, seed: UInt64, counter: UInt64, sink: @escaping (String) -> Void) {
        self.account = account
        self.seed = seed
        self.counter = counter
        self.sink = sink
    }

    mutating func write(
        time: Int64, conversation: String, prompt: String, response: String?, refused: Bool?, exit: Exit,
        channel: String, organization: String?, rng: inout SplitMix64
    ) {
        counter += 1
        var line = EventLine(
            id: "ev-\(SplitMix64.hex(seed &* 0xD1B5_4A32_D192_ED03 &+ counter))", time: Timestamp.format(time), account: account,
            organization: organization, conversation: conversation, channel: channel,
            model: rng.chance(0.7) ? "sl-large-2025-06" : "sl-mini-2025-06", prompt: prompt, response: response, refused: refused,
            network: .init(ip: exit.ip, asn: exit.asn, country: exit.country, anonymizer: exit.anonymizer),
            client: .init(user_agent: userAgent, device: device, timezone: timezone, locale: locale))
        if written == 0, let info {
            line.account_info = .init(
                email: info.email, email_domain: info.domain, phone_country: info.phoneCountry, payment: info.payment,
                created: Timestamp.format(info.created), plan: info.plan)
        }
        sink(writer.line(line))
        written += 1
    }
}

/// One line of `events.jsonl`, in the contract's shape (`event.schema.json`).
struct EventLine: Encodable {
    struct Network: Encodable {
        var ip: String
        var asn: Int
        var country: String
        var anonymizer: String?
    }
    struct Client: Encodable {
        var user_agent: String
        var device: String?
        var timezone: String?
        var locale: String?
    }
    struct Info: Encodable {
        var email: String
        var email_domain: String
        var phone_country: String
        var payment: String?
        var created: String
        var plan: String
    }
    var id: String
    var time: String
    var account: String
    var organization: String?
    var conversation: String
    var channel: String
    var model: String
    var prompt: String
    var response: String?
    var refused: Bool?
    var network: Network
    var client: Client
    var account_info: Info?
}

/// One line of `observations.jsonl` (`observation.schema.json`).
struct ObservationLine: Encodable {
    struct Engagement: Encodable {
        var views: Int64?
        var likes: Int64?
        var shares: Int64?
        var replies: Int64?
        var followers: Int64?
        var isEmpty: Bool { views == nil && likes == nil && shares == nil && replies == nil && followers == nil }
    }
    var id: String
    var time: String
    var platform: String
    var url: String
    var author: String
    var community: String?
    var language: String?
    var text: String
    var engagement: Engagement?
    var authentic_engagement: Bool?
    var reposted_by: [String]?
    var amplified_by_public_figure: Bool?
    var policy_response: Bool?
}

struct AccountInfoDraft {
    var email: String
    var domain: String
    var phoneCountry: String
    var payment: String?
    var created: Int64
    var plan: String
}

struct ObservationDraft {
    var time: Int64
    var platform: String
    var author: String
    var community: String?
    var language: String?
    var text: String
    var views: Int64?
    var likes: Int64?
    var shares: Int64?
    var replies: Int64?
    var followers: Int64?
    var authentic: Bool?
    var repostedBy: [String] = []
    var amplified: Bool?
    var policyResponse: Bool?

    init(time: Int64, platform: String, author: String, community: String?, language: String?, text: String) {
        self.time = time
        self.platform = platform
        self.author = author
        self.community = community
        self.language = language
        self.text = text
    }

    func json(id: String, writer: JSONLineWriter) -> String {
        let counts = ObservationLine.Engagement(views: views, likes: likes, shares: shares, replies: replies, followers: followers)
        return writer.line(
            ObservationLine(
                id: id, time: Timestamp.format(time), platform: platform,
                url: "https://\(platform == "news" ? "news.example" : platform + ".example")/p/\(id.suffix(10))", author: author,
                community: community, language: language, text: text, engagement: counts.isEmpty ? nil : counts,
                authentic_engagement: authentic, reposted_by: repostedBy.isEmpty ? nil : repostedBy,
                amplified_by_public_figure: amplified, policy_response: policyResponse))
    }
}

extension ScenarioGenerator {
    static let userAgents = [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Mobile Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0",
    ]

    static let handles = [
        "maria", "daniel", "truthseeker", "patriot", "laura", "news_watch", "jose", "anna", "mike", "hans", "sofia",
        "eagle", "citizen", "kim", "linh", "reyes", "carlos", "greta", "realtalk", "observer",
    ]

    static let unrelatedPosts = [
        "Beautiful sunset at the beach today 🌅 Nothing beats the last days of summer.",
        "Does anyone know a good mechanic in the north of the city? My car makes a weird noise.",
        "¡Qué partido! No puedo creer que remontaran en el último minuto.",
        "今天的天气真好，和朋友去公园散步了。",
        "Heute endlich den Garten winterfest gemacht. Jetzt ein Tee 🍵",
        "Sale ce matin au marché, les premières châtaignes sont arrivées !",
        "New blog post: ten things I learned running my first marathon.",
        "Погода в Москве сегодня просто отличная, вышли погулять всей семьёй.",
    ]

    static func fill(_ template: String, _ key: String, _ value: String) -> String {
        template.contains(key) ? template.replacingAll(key, with: value) : template
    }

    static func community(_ platform: String, _ network: String) -> String {
        switch platform {
        case "telegram": return network.contains("de") ? "Sachsen Stimme" : "Voice of the People"
        case "facebook": return network.contains("tl") ? "Tapat na Serbisyo PH" : "Ciudadanos Libres"
        case "instagram": return "daily.truths"
        default: return "timeline"
        }
    }

    static func outlet(_ network: String) -> String {
        switch network {
        case "io-zh-es": return "Diario del Pacífico"
        case "io-ru-de": return "Mitteldeutsche Rundschau"
        default: return "National Daily"
        }
    }

    static func operatorZone(_ spec: NetworkSpec) -> String {
        switch (spec.offset, spec.promptLanguage) {
        case (8, "en"): return "Asia/Manila"
        case (8, _): return "Asia/Shanghai"
        case (3, "fa"): return "Asia/Tehran"
        case (3, _): return "Europe/Moscow"
        case (9, "ko"): return "Asia/Seoul"
        case (9, _): return "Asia/Pyongyang"
        case (7, _): return "Asia/Phnom_Penh"
        case (1, _): return "Africa/Lagos"
        default: return "UTC"
        }
    }

    static func operatorLocale(_ language: String) -> String {
        ["zh": "zh-CN", "ru": "ru-RU", "fa": "fa-IR", "ko": "ko-KR", "en": "en-US"][language] ?? "en-US"
    }

    static func accountInfo(_ rng: inout SplitMix64, domain: String, country: String, createdDaysAgo: ClosedRange<Int>, payment: Bool, start: Int64 = ScenarioGenerator.start) -> AccountInfoDraft {
        let names = ["alex", "maria", "wei", "olga", "minjun", "sara", "ali", "yuki", "jan", "lea", "omar", "ana", "li", "ivan", "nora"]
        let local = rng.pick(names) + "." + String(SplitMix64.hex(rng.next()).prefix(5))
        return AccountInfoDraft(
            email: local + "@" + domain, domain: domain, phoneCountry: country,
            payment: payment ? "pay-" + SplitMix64.hex(rng.next()) : nil,
            created: start - Int64(rng.int(createdDaysAgo)) * 86_400_000 - Int64(rng.int(0...86_399)) * 1000,
            plan: payment ? rng.pick(["plus", "pro", "team"]) : "free")
    }

    /// Public-looking first octets per country (synthetic addresses, not real assignments).
    static let countryOctets: [String: [Int]] = [
        "US": [24, 68, 73, 98, 174], "GB": [81, 86, 90], "IN": [49, 106, 117], "AU": [101, 110, 124],
        "CA": [70, 99, 142], "NG": [102, 105, 197], "PH": [112, 120, 175], "CN": [36, 58, 113, 116, 183],
        "TW": [1, 36, 114], "SG": [116, 118, 175], "MY": [115, 175, 202], "ES": [79, 83, 88], "MX": [187, 189, 201],
        "AR": [181, 186, 190], "CO": [181, 186, 191], "CL": [181, 190, 200], "PE": [132, 179, 190], "RU": [5, 37, 95, 178],
        "KZ": [2, 37, 89], "BY": [37, 93, 178], "KR": [1, 14, 39, 211], "IR": [2, 5, 31, 151], "AF": [103, 180],
        "JP": [49, 60, 126, 153], "EG": [41, 156, 197], "SA": [37, 51, 188], "AE": [2, 5, 94], "MA": [41, 105, 196],
        "DE": [77, 84, 91, 93], "AT": [62, 80, 91], "CH": [31, 85, 178], "FR": [77, 82, 86, 90], "BE": [78, 81, 91],
        "SN": [41, 154, 196], "BR": [177, 179, 187, 189], "PT": [2, 85, 89], "TR": [78, 88, 176], "IE": [78, 86, 89],
    ]

    static func residentialIP(_ country: String, _ rng: inout SplitMix64) -> String {
        let first = countryOctets[country].map { rng.pick($0) } ?? rng.int(11...99)
        return "\(first).\(rng.int(0...255)).\(rng.int(0...255)).\(rng.int(1...254))"
    }

    static func hostingIP(_ rng: inout SplitMix64) -> String {
        "\(rng.pick([45, 89, 91, 103, 146, 185, 193, 194]))" + ".\(rng.int(0...255)).\(rng.int(0...255)).\(rng.int(1...254))"
    }

    /// Popular commercial VPN exits shared by many unrelated users.
    static func vpnExits(seed: UInt64) -> [Exit] {
        var rng = SplitMix64(seed: SplitMix64.mix(seed ^ 0x0F9E_0F9E))
        let countries = ["NL", "DE", "US", "SG", "JP", "GB", "SE", "CH", "FR", "CA"]
        return (0..<60).map { i in
            Exit(ip: hostingIP(&rng), asn: rng.pick([9009, 60068, 212238, 16276, 20473]), country: countries[i % countries.count], anonymizer: "vpn")
        }
    }
}
