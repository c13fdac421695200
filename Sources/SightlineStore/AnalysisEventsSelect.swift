import SightlineCore

/// For store adapters: the SELECT behind `Store.analysisEvents()` in the SQL stores, over tables
/// `events e` and `classifications c` as SQLite's and PostgreSQL's migrations create them.
/// Flagged events come whole, benign ones without their text, id, per-category scores and signals
/// (analysis reads none of these for benign events; prompt and response text is most of what it
/// would otherwise hold). Columns 0–18 are the event's (user agent and raw line left out), 19–25
/// seq and the classification. Stores append their own WHERE, ORDER and LIMIT.
public let analysisEventsSelect = """
    SELECT CASE WHEN c.category = 'benign' THEN '' ELSE e.id END, time, account, organization, conversation,
        channel, model, CASE WHEN c.category = 'benign' THEN '' ELSE prompt END,
        CASE WHEN c.category = 'benign' THEN NULL ELSE response END, refused, ip, asn, country, anonymizer,
        NULL, device, timezone, locale, NULL,
        e.seq, c.category, c.score, CASE WHEN c.category = 'benign' THEN '' ELSE c.scores END,
        c.prompt_language, c.response_language, CASE WHEN c.category = 'benign' THEN '[]' ELSE c.signals END
    FROM events e JOIN classifications c ON c.seq = e.seq
    """

/// For store adapters: the same columns with nothing left out (the text of benign events too), for
/// `Store.classifiedEvents(seqs:)`.
public let wholeEventsSelect = """
    SELECT e.id, time, account, organization, conversation, channel, model, prompt, response, refused, ip, asn, country,
        anonymizer, NULL, device, timezone, locale, NULL,
        e.seq, c.category, c.score, c.scores, c.prompt_language, c.response_language, c.signals
    FROM events e JOIN classifications c ON c.seq = e.seq
    """

extension AnalysisEvent {
    /// What `Store.analysisEvents()` keeps of an event, as `analysisEventsSelect` reads it: no user
    /// agent, raw line or account facts, and for a benign event no id, text, per-category scores
    /// or signals.
    public static func asAnalysisReadsIt(_ a: AnalysisEvent) -> AnalysisEvent {
        var e = a.event
        var c = a.classification
        e.userAgent = nil
        e.raw = nil
        e.accountInfo = nil
        if c.category.isBenign {
            e.id = ""
            e.prompt = ""
            e.response = nil
            c.scores = []
            c.signals = []
        }
        return AnalysisEvent(seq: a.seq, event: e, classification: c)
    }
}
