import Foundation
import Testing
@testable import SightlineCore

@Suite struct TimeZoneTableTests {
    /// Zones whose offsets may differ from Foundation's: none today. Morocco's and Western
    /// Sahara's Ramadan changes (Africa/Casablanca, Africa/El_Aaiun) are irregular, but the table
    /// lists tzdata's intervals for 2024–2032, so they match too. A zone goes here, with the
    /// reason, only when its rules cannot be written down ahead of time.
    static let irregular: Set<String> = []

    @Test func matchesFoundationEverySixHoursFrom2024To2026() {
        let start: Int64 = 1_704_067_200  // 2024-01-01T00:00Z
        let end: Int64 = 1_798_675_200  // 2027-01-01T00:00Z
        var mismatches: [String] = []
        var missing: [String] = []
        for name in TimeZoneTable.names where !Self.irregular.contains(name) {
            guard let zone = TimeZone(identifier: name) else {
                missing.append(name)
                continue
            }
            var t = start
            while t < end {
                let mine = TimeZoneTable.offsetMinutes(zone: name, atMillis: t * 1000)
                let theirs = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t))) / 60
                if mine != theirs {
                    let date = Date(timeIntervalSince1970: Double(t)).ISO8601Format()
                    mismatches.append("\(name) at \(date): table \(mine.map(String.init) ?? "nil"), Foundation \(theirs)")
                }
                t += 6 * 3600
            }
        }
        // Plain Bools, so a failure prints the message below rather than every mismatch twice.
        let allKnown = missing.isEmpty, allMatch = mismatches.isEmpty
        #expect(allKnown, "names Foundation does not know: \(missing)")
        #expect(allMatch, "\(mismatches.count) mismatches:\n\(mismatches.prefix(200).joined(separator: "\n"))")
    }

    @Test func coversTheRegionsAndCommonAliases() {
        let names = Set(TimeZoneTable.names)
        for prefix in ["Africa/", "America/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/"] {
            let foundation = TimeZone.knownTimeZoneIdentifiers.filter { $0.hasPrefix(prefix) }
            let absent = foundation.filter { !names.contains($0) }
            #expect(absent.isEmpty, "\(prefix) zones Foundation knows but the table does not: \(absent)")
        }
        for alias in ["Asia/Calcutta", "Europe/Kiev", "US/Eastern", "UTC", "Etc/UTC", "GMT", "America/Godthab"] {
            #expect(names.contains(alias), "\(alias)")
        }
    }

    @Test func knownOffsets() {
        let july2025: Int64 = 1_751_371_200_000  // 2025-07-01T12:00Z
        let january2025: Int64 = 1_736_942_400_000  // 2025-01-15T12:00Z
        #expect(TimeZoneTable.offsetMinutes(zone: "Europe/Berlin", atMillis: july2025) == 120)
        #expect(TimeZoneTable.offsetMinutes(zone: "Europe/Berlin", atMillis: january2025) == 60)
        #expect(TimeZoneTable.offsetMinutes(zone: "America/New_York", atMillis: july2025) == -240)
        #expect(TimeZoneTable.offsetMinutes(zone: "Australia/Sydney", atMillis: january2025) == 660)
        #expect(TimeZoneTable.offsetMinutes(zone: "Asia/Kolkata", atMillis: july2025) == 330)
        #expect(TimeZoneTable.offsetMinutes(zone: "Asia/Tehran", atMillis: july2025) == 210)
        #expect(TimeZoneTable.offsetMinutes(zone: "UTC", atMillis: july2025) == 0)
        #expect(TimeZoneTable.offsetMinutes(zone: "Asia/Calcutta", atMillis: july2025) == 330)
    }

    @Test func unknownNamesAreNil() {
        #expect(TimeZoneTable.offsetMinutes(zone: "Not/AZone", atMillis: 0) == nil)
        #expect(TimeZoneTable.offsetMinutes(zone: "", atMillis: 0) == nil)
        #expect(TimeZoneTable.offsetMinutes(zone: "europe/berlin", atMillis: 0) == nil)
        #expect(TimeZoneTable.offsetMinutes(zone: "Europe/Berlin ", atMillis: 0) == nil)
    }

    @Test func overLongNamesAreNil() {
        let long = "Europe/Berlin" + String(repeating: "x", count: 60)
        #expect(long.utf8.count > 64)
        #expect(TimeZoneTable.offsetMinutes(zone: long, atMillis: 0) == nil)
        #expect(TimeZoneTable.offsetMinutes(zone: String(repeating: "A", count: 10_000), atMillis: 0) == nil)
    }
}
