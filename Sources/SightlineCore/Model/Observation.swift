/// A piece of content found outside the provider (`contract/observation.schema.json`).
public struct Observation: Sendable, Equatable {
    public var id: String
    /// Milliseconds since the Unix epoch, UTC.
    public var time: Int64
    public var platform: String
    public var url: String?
    public var author: String?
    public var community: String?
    public var language: String?
    public var text: String
    public var views: Int64?
    public var likes: Int64?
    public var shares: Int64?
    public var replies: Int64?
    public var followers: Int64?
    public var authenticEngagement: Bool?
    public var repostedBy: [String]
    public var amplifiedByPublicFigure: Bool?
    public var policyResponse: Bool?
    public var callsForViolence: Bool?
    /// The input line verbatim when it carried fields the schema does not name.
    public var raw: String?

    public init(
        id: String, time: Int64, platform: String, text: String, url: String? = nil, author: String? = nil,
        community: String? = nil, language: String? = nil, views: Int64? = nil, likes: Int64? = nil,
        shares: Int64? = nil, replies: Int64? = nil, followers: Int64? = nil, authenticEngagement: Bool? = nil,
        repostedBy: [String] = [], amplifiedByPublicFigure: Bool? = nil, policyResponse: Bool? = nil,
        callsForViolence: Bool? = nil, raw: String? = nil
    ) {
        self.id = id
        self.time = time
        self.platform = platform
        self.text = text
        self.url = url
        self.author = author
        self.community = community
        self.language = language
        self.views = views
        self.likes = likes
        self.shares = shares
        self.replies = replies
        self.followers = followers
        self.authenticEngagement = authenticEngagement
        self.repostedBy = repostedBy
        self.amplifiedByPublicFigure = amplifiedByPublicFigure
        self.policyResponse = policyResponse
        self.callsForViolence = callsForViolence
        self.raw = raw
    }
}
