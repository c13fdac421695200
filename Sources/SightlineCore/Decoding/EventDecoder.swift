/// Decodes and validates one JSON Lines record against `contract/event.schema.json`.
public enum EventDecoder {
    public static func decode(_ line: UnsafeBufferPointer<UInt8>) throws(LineError) -> UsageEvent {
        try LinePrecheck.check(line)
        var s = JSONScanner(line)
        let kind = try s.peekKind()
        guard kind == .object else { throw s.notAnObject(kind, record: "event") }
        var id: String?
        var time: Int64?
        var account: String?
        var prompt: String?
        var e = UsageEvent(id: "", time: 0, account: "", prompt: "")
        var unknown = false
        try s.forEachMember { (s, key) throws(LineError) in
            // Providers' logs write null for an absent optional field: it is absent, not wrong.
            let required = s.key(key, is: "id") || s.key(key, is: "time") || s.key(key, is: "account") || s.key(key, is: "prompt")
            if !required, try s.skipNull() { return }
            if s.key(key, is: "id") {
                id = try s.string("id", min: 1, max: 256)
            } else if s.key(key, is: "time") {
                time = try s.timestamp("time")
            } else if s.key(key, is: "account") {
                account = try s.string("account", min: 1, max: 256)
            } else if s.key(key, is: "prompt") {
                prompt = try s.string("prompt", max: 1_048_576)
            } else if s.key(key, is: "response") {
                e.response = try s.string("response", max: 4_194_304)
            } else if s.key(key, is: "conversation") {
                e.conversation = try s.string("conversation", max: 256)
            } else if s.key(key, is: "channel") {
                e.channel = try s.enumeration("channel", UsageEvent.Channel.self)
            } else if s.key(key, is: "model") {
                e.model = try s.string("model", max: 128)
            } else if s.key(key, is: "organization") {
                e.organization = try s.string("organization", max: 256)
            } else if s.key(key, is: "refused") {
                e.refused = try s.bool("refused")
            } else if s.key(key, is: "network") {
                try s.requireObject("network")
                try s.forEachMember(depth: 1) { (s, key) throws(LineError) in
                    if try s.skipNull() { return }
                    if s.key(key, is: "ip") {
                        let ip = try s.string("network.ip", max: 64)
                        guard IPAddress.isValid(ip) else {
                            throw LineError("field `network.ip` is not an IPv4 or IPv6 address: \(LineError.quote(ip))")
                        }
                        e.ip = ip
                    } else if s.key(key, is: "asn") {
                        e.asn = try s.integer("network.asn")
                    } else if s.key(key, is: "country") {
                        e.country = try s.countryCode("network.country")
                    } else if s.key(key, is: "anonymizer") {
                        e.anonymizer = try s.enumeration("network.anonymizer", UsageEvent.Anonymizer.self)
                    } else {
                        unknown = true
                        try s.skipValue(depth: 1)
                    }
                }
            } else if s.key(key, is: "client") {
                try s.requireObject("client")
                try s.forEachMember(depth: 1) { (s, key) throws(LineError) in
                    if try s.skipNull() { return }
                    if s.key(key, is: "user_agent") {
                        e.userAgent = try s.string("client.user_agent", max: 2048)
                    } else if s.key(key, is: "device") {
                        e.device = try s.string("client.device", max: 256)
                    } else if s.key(key, is: "timezone") {
                        e.timezone = try s.string("client.timezone", max: 256)
                    } else if s.key(key, is: "locale") {
                        e.locale = try s.string("client.locale", max: 256)
                    } else {
                        unknown = true
                        try s.skipValue(depth: 1)
                    }
                }
            } else if s.key(key, is: "account_info") {
                try s.requireObject("account_info")
                var info = AccountInfo()
                try s.forEachMember(depth: 1) { (s, key) throws(LineError) in
                    if try s.skipNull() { return }
                    if s.key(key, is: "email") {
                        info.email = try s.string("account_info.email", max: 1024)
                    } else if s.key(key, is: "email_domain") {
                        info.emailDomain = try s.string("account_info.email_domain", max: 1024)
                    } else if s.key(key, is: "phone_country") {
                        info.phoneCountry = try s.countryCode("account_info.phone_country")
                    } else if s.key(key, is: "payment") {
                        info.payment = try s.string("account_info.payment", max: 1024)
                    } else if s.key(key, is: "created") {
                        info.created = try s.timestamp("account_info.created")
                    } else if s.key(key, is: "plan") {
                        info.plan = try s.string("account_info.plan", max: 256)
                    } else {
                        unknown = true
                        try s.skipValue(depth: 1)
                    }
                }
                e.accountInfo = info
            } else {
                unknown = true
                try s.skipValue()
            }
        }
        try s.expectEnd()
        guard let id else { throw LineError("required field `id` is missing") }
        guard let time else { throw LineError("required field `time` is missing") }
        guard let account else { throw LineError("required field `account` is missing") }
        guard let prompt else { throw LineError("required field `prompt` is missing") }
        e.id = id
        e.time = time
        e.account = account
        e.prompt = prompt
        if unknown { e.raw = String(decoding: line, as: UTF8.self) }
        return e
    }

    public static func decode(_ line: String) throws(LineError) -> UsageEvent {
        var copy = line
        let result: Result<UsageEvent, LineError> = copy.withUTF8 { b in Result { () throws(LineError) in try decode(b) } }
        return try result.get()
    }
}

/// Decodes and validates one line against `contract/observation.schema.json`.
public enum ObservationDecoder {
    public static func decode(_ line: UnsafeBufferPointer<UInt8>) throws(LineError) -> Observation {
        try LinePrecheck.check(line)
        var s = JSONScanner(line)
        let kind = try s.peekKind()
        guard kind == .object else { throw s.notAnObject(kind, record: "observation") }
        var id: String?
        var time: Int64?
        var platform: String?
        var text: String?
        var o = Observation(id: "", time: 0, platform: "", text: "")
        var unknown = false
        try s.forEachMember { (s, key) throws(LineError) in
            let required = s.key(key, is: "id") || s.key(key, is: "time") || s.key(key, is: "platform") || s.key(key, is: "text")
            if !required, try s.skipNull() { return }
            if s.key(key, is: "id") {
                id = try s.string("id", min: 1, max: 256)
            } else if s.key(key, is: "time") {
                time = try s.timestamp("time")
            } else if s.key(key, is: "platform") {
                platform = try s.string("platform", min: 1, max: 64)
            } else if s.key(key, is: "text") {
                text = try s.string("text", max: 1_048_576)
            } else if s.key(key, is: "url") {
                o.url = try s.string("url", max: 4096)
            } else if s.key(key, is: "author") {
                o.author = try s.string("author", max: 256)
            } else if s.key(key, is: "community") {
                o.community = try s.string("community", max: 256)
            } else if s.key(key, is: "language") {
                o.language = try s.string("language", max: 64)
            } else if s.key(key, is: "engagement") {
                try s.requireObject("engagement")
                try s.forEachMember(depth: 1) { (s, key) throws(LineError) in
                    if try s.skipNull() { return }
                    if s.key(key, is: "views") {
                        o.views = try s.integer("engagement.views")
                    } else if s.key(key, is: "likes") {
                        o.likes = try s.integer("engagement.likes")
                    } else if s.key(key, is: "shares") {
                        o.shares = try s.integer("engagement.shares")
                    } else if s.key(key, is: "replies") {
                        o.replies = try s.integer("engagement.replies")
                    } else if s.key(key, is: "followers") {
                        o.followers = try s.integer("engagement.followers")
                    } else {
                        unknown = true
                        try s.skipValue(depth: 1)
                    }
                }
            } else if s.key(key, is: "authentic_engagement") {
                o.authenticEngagement = try s.bool("authentic_engagement")
            } else if s.key(key, is: "reposted_by") {
                guard try s.peekKind() == .array else { try s.typeError("reposted_by", expected: "an array of strings") }
                var handles: [String] = []
                try s.forEachElement(depth: 1) { (s) throws(LineError) in
                    handles.append(try s.string("reposted_by[]", max: 256))
                }
                o.repostedBy = handles
            } else if s.key(key, is: "amplified_by_public_figure") {
                o.amplifiedByPublicFigure = try s.bool("amplified_by_public_figure")
            } else if s.key(key, is: "policy_response") {
                o.policyResponse = try s.bool("policy_response")
            } else if s.key(key, is: "calls_for_violence") {
                o.callsForViolence = try s.bool("calls_for_violence")
            } else {
                unknown = true
                try s.skipValue()
            }
        }
        try s.expectEnd()
        guard let id else { throw LineError("required field `id` is missing") }
        guard let time else { throw LineError("required field `time` is missing") }
        guard let platform else { throw LineError("required field `platform` is missing") }
        guard let text else { throw LineError("required field `text` is missing") }
        o.id = id
        o.time = time
        o.platform = platform
        o.text = text
        if unknown { o.raw = String(decoding: line, as: UTF8.self) }
        return o
    }

    public static func decode(_ line: String) throws(LineError) -> Observation {
        var copy = line
        let result: Result<Observation, LineError> = copy.withUTF8 { b in Result { () throws(LineError) in try decode(b) } }
        return try result.get()
    }
}
