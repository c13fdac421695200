/// Failed sign-ins per client address, as a value with no I/O and no clock of its own (tested
/// as transcripts): `limit` failures within `window` milliseconds and the address is refused
/// until the oldest of them leaves the window. While it is refused no credential from it is
/// checked at all, so a guesser learns nothing from the answers, and gets `limit` guesses a window.
///
/// The audit log hears of each failure until the limit, then once that the limit was reached:
/// an address can add at most `limit + 1` entries a window, however fast it sends.
struct SignInLimiter: Sendable {
    let limit: Int
    let window: Int64
    /// How many addresses are followed at most; past it, those whose failures have all left the
    /// window are forgotten first, then the one whose latest failure is oldest.
    let capacity: Int
    /// Failure times per address, oldest first, at most `limit` of them.
    private(set) var failures: [String: [Int64]] = [:]

    init(limit: Int, window: Int64, capacity: Int = 10_000) {
        self.limit = max(1, limit)
        self.window = window
        self.capacity = max(1, capacity)
    }

    enum Decision: Equatable {
        case allow
        /// Refused; try again after this many seconds (at least 1).
        case refuse(retryAfter: Int)
    }

    /// Whether a credential from `address` may be checked at `now`.
    func check(_ address: String, now: Int64) -> Decision {
        let recent = (failures[address] ?? []).filter { $0 > now - window }
        guard recent.count >= limit, let oldest = recent.first else { return .allow }
        let wait = oldest + window - now
        return .refuse(retryAfter: max(1, Int((wait + 999) / 1000)))
    }

    enum Outcome: Equatable {
        /// Record this failure in the audit log.
        case record
        /// This failure reached the limit: record it, and that the address is now refused.
        case recordAndRefuse(retryAfter: Int)
    }

    /// Counts a failed sign-in from `address` at `now`.
    mutating func fail(_ address: String, now: Int64) -> Outcome {
        var recent = (failures[address] ?? []).filter { $0 > now - window }
        recent.append(now)
        if recent.count > limit { recent.removeFirst(recent.count - limit) }
        if failures[address] == nil, failures.count >= capacity { forgetOne(now: now) }
        failures[address] = recent
        if case .refuse(let wait) = check(address, now: now) { return .recordAndRefuse(retryAfter: wait) }
        return .record
    }

    private mutating func forgetOne(now: Int64) {
        failures = failures.filter { $0.value.contains { $0 > now - window } }
        guard failures.count >= capacity, let stalest = failures.min(by: { ($0.value.last ?? 0, $0.key) < ($1.value.last ?? 0, $1.key) }) else { return }
        failures[stalest.key] = nil
    }
}
