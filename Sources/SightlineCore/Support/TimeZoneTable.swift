/// UTC offsets of IANA time-zone names, without the host's time-zone database.
///
/// Pure Swift (no Foundation): results do not depend on the machine. Each zone has its standard
/// offset and its daylight-saving rule as of the current regime (2024 onwards); a zone whose
/// standard offset or rule changed since 2024 lists its eras, each up to an instant. The data was
/// fitted to tzdata 2025b and is checked against Foundation for 2024–2026 by
/// `TimeZoneTableTests`. Before 2024 the current rules are simply extended backwards, so older
/// instants may differ from history.
public enum TimeZoneTable {
    /// The offset from UTC in minutes of zone `zone` at `atMillis` (milliseconds since 1970 UTC),
    /// or nil for a name the table does not know (names longer than 64 bytes are never known).
    public static func offsetMinutes(zone: String, atMillis: Int64) -> Int? {
        guard zone.utf8.count <= 64, let eras = table[zone] else { return nil }
        let seconds = atMillis >= 0 ? atMillis / 1000 : -((-atMillis + 999) / 1000)  // floor
        var era = eras[eras.count - 1]
        for e in eras where seconds < e.until {
            era = e
            break
        }
        guard let rule = era.rule else { return era.standard }
        return era.standard + (rule.isSummer(at: seconds, standard: era.standard) ? rule.save : 0)
    }

    /// Every name the table knows, canonical zones and aliases, sorted.
    public static var names: [String] { table.keys.sorted() }

    // MARK: - Rules

    enum Base: Sendable { case utc, standard, wall }
    enum Day: Sendable {
        case last(weekday: Int)  // 0 = Sunday
        case onOrAfter(weekday: Int, day: Int)
        case onOrBefore(weekday: Int, day: Int)
    }

    /// A yearly change of clocks: a day of a month and a time of that day (minutes, may be 1440)
    /// in UTC, local standard time or local wall-clock time.
    struct Change: Sendable {
        let month: Int
        let day: Day
        let minutes: Int
        let base: Base

        func day(in year: Int) -> Int64 {
            switch day {
            case .last(let w):
                let x = Civil.days(year: year, month: month, day: Civil.monthLength(year: year, month: month))
                return x - Int64(((Civil.weekday(x) - w) % 7 + 7) % 7)
            case .onOrAfter(let w, let d):
                let x = Civil.days(year: year, month: month, day: d)
                return x + Int64(((w - Civil.weekday(x)) % 7 + 7) % 7)
            case .onOrBefore(let w, let d):
                let x = Civil.days(year: year, month: month, day: d)
                return x - Int64(((Civil.weekday(x) - w) % 7 + 7) % 7)
            }
        }
    }

    enum Kind: Sendable {
        /// Summer time from `start` to `end` each year (southern when `start` is later in the
        /// year than `end`); `startOverrides` moves the start in the years named (month, day).
        case yearly(start: Change, end: Change, startOverrides: [Int: (Int, Int)])
        /// Explicit intervals [from, to) in seconds since 1970 UTC.
        case intervals([(Int64, Int64)])
    }

    struct Rule: Sendable {
        let kind: Kind
        /// Minutes added during the summer (or intervals); negative for Morocco's Ramadan.
        let save: Int

        func isSummer(at t: Int64, standard: Int) -> Bool {
            switch kind {
            case .intervals(let list):
                return list.contains { t >= $0.0 && t < $0.1 }
            case .yearly(let start, let end, let overrides):
                let year = Civil.year(ofDays: Civil.floorDiv(t + Int64(standard) * 60, 86_400))
                func instant(_ c: Change, isStart: Bool) -> Int64 {
                    var day = c.day(in: year)
                    if isStart, let o = overrides[year] { day = Civil.days(year: year, month: o.0, day: o.1) }
                    var local = day * 1440 + Int64(c.minutes)
                    switch c.base {
                    case .utc: break
                    case .standard: local -= Int64(standard)
                    case .wall: local -= Int64(standard + (isStart ? 0 : save))
                    }
                    return local * 60
                }
                let s = instant(start, isStart: true)
                let e = instant(end, isStart: false)
                return start.month < end.month ? (t >= s && t < e) : (t >= s || t < e)
            }
        }
    }

    static let sunday = 0, thursday = 4, friday = 5, saturday = 6

    static let rules: [String: Rule] = [
        // EU: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
        "EU": Rule(kind: .yearly(
            start: Change(month: 3, day: .last(weekday: sunday), minutes: 60, base: .utc),
            end: Change(month: 10, day: .last(weekday: sunday), minutes: 60, base: .utc), startOverrides: [:]), save: 60),
        // Antarctica/Troll: EU dates, two hours.
        "TR": Rule(kind: .yearly(
            start: Change(month: 3, day: .last(weekday: sunday), minutes: 60, base: .utc),
            end: Change(month: 10, day: .last(weekday: sunday), minutes: 60, base: .utc), startOverrides: [:]), save: 120),
        // US and Canada (and Mexico's border zones, Bahamas, Bermuda, Haiti, Turks and Caicos,
        // Saint Pierre, Thule): second Sunday of March 02:00 to first Sunday of November 02:00 local.
        "US": Rule(kind: .yearly(
            start: Change(month: 3, day: .onOrAfter(weekday: sunday, day: 8), minutes: 120, base: .wall),
            end: Change(month: 11, day: .onOrAfter(weekday: sunday, day: 1), minutes: 120, base: .wall), startOverrides: [:]), save: 60),
        // Cuba: the same Sundays at 00:00 standard time.
        "CU": Rule(kind: .yearly(
            start: Change(month: 3, day: .onOrAfter(weekday: sunday, day: 8), minutes: 0, base: .standard),
            end: Change(month: 11, day: .onOrAfter(weekday: sunday, day: 1), minutes: 0, base: .standard), startOverrides: [:]), save: 60),
        // Israel: the Friday before the last Sunday of March 02:00 to the last Sunday of October 02:00.
        "IL": Rule(kind: .yearly(
            start: Change(month: 3, day: .onOrAfter(weekday: friday, day: 23), minutes: 120, base: .wall),
            end: Change(month: 10, day: .last(weekday: sunday), minutes: 120, base: .wall), startOverrides: [:]), save: 60),
        // Lebanon: last Sunday of March 00:00 to last Sunday of October 00:00.
        "LB": Rule(kind: .yearly(
            start: Change(month: 3, day: .last(weekday: sunday), minutes: 0, base: .wall),
            end: Change(month: 10, day: .last(weekday: sunday), minutes: 0, base: .wall), startOverrides: [:]), save: 60),
        // Moldova: last Sunday of March 02:00 to last Sunday of October 03:00 (00:00 UTC both).
        "MD": Rule(kind: .yearly(
            start: Change(month: 3, day: .last(weekday: sunday), minutes: 120, base: .wall),
            end: Change(month: 10, day: .last(weekday: sunday), minutes: 180, base: .wall), startOverrides: [:]), save: 60),
        // Egypt (since 2023): last Friday of April 00:00 to the end of the last Thursday of October.
        "EG": Rule(kind: .yearly(
            start: Change(month: 4, day: .last(weekday: friday), minutes: 0, base: .wall),
            end: Change(month: 10, day: .last(weekday: thursday), minutes: 1440, base: .wall), startOverrides: [:]), save: 60),
        // Palestine: the Saturday on or before 30 March 02:00 (after Ramadan in 2024 and 2025) to
        // the Saturday on or before 30 October 02:00.
        "PS": Rule(kind: .yearly(
            start: Change(month: 3, day: .onOrBefore(weekday: saturday, day: 30), minutes: 120, base: .wall),
            end: Change(month: 10, day: .onOrBefore(weekday: saturday, day: 30), minutes: 120, base: .wall),
            startOverrides: [2024: (4, 20), 2025: (4, 12)]), save: 60),
        // Paraguay until October 2024: first Sunday of October 00:00 to fourth Sunday of March 00:00.
        "PY": Rule(kind: .yearly(
            start: Change(month: 10, day: .onOrAfter(weekday: sunday, day: 1), minutes: 0, base: .wall),
            end: Change(month: 3, day: .onOrAfter(weekday: sunday, day: 22), minutes: 0, base: .wall), startOverrides: [:]), save: 60),
        // Chile: first Sunday on or after 2 September 04:00 UTC to first Sunday on or after 2 April 03:00 UTC.
        "CL": Rule(kind: .yearly(
            start: Change(month: 9, day: .onOrAfter(weekday: sunday, day: 2), minutes: 240, base: .utc),
            end: Change(month: 4, day: .onOrAfter(weekday: sunday, day: 2), minutes: 180, base: .utc), startOverrides: [:]), save: 60),
        // South-east Australia (and Norfolk Island): first Sunday of October to first Sunday of April, 02:00 standard.
        "AN": Rule(kind: .yearly(
            start: Change(month: 10, day: .onOrAfter(weekday: sunday, day: 1), minutes: 120, base: .standard),
            end: Change(month: 4, day: .onOrAfter(weekday: sunday, day: 1), minutes: 120, base: .standard), startOverrides: [:]), save: 60),
        // Lord Howe Island: the same Sundays at 02:00 local, half an hour.
        "LH": Rule(kind: .yearly(
            start: Change(month: 10, day: .onOrAfter(weekday: sunday, day: 1), minutes: 120, base: .wall),
            end: Change(month: 4, day: .onOrAfter(weekday: sunday, day: 1), minutes: 120, base: .wall), startOverrides: [:]), save: 30),
        // New Zealand: last Sunday of September to first Sunday of April, 02:00 standard.
        "NZ": Rule(kind: .yearly(
            start: Change(month: 9, day: .last(weekday: sunday), minutes: 120, base: .standard),
            end: Change(month: 4, day: .onOrAfter(weekday: sunday, day: 1), minutes: 120, base: .standard), startOverrides: [:]), save: 60),
        // Chatham Islands: New Zealand's instants, 02:45 Chatham standard time.
        "CH": Rule(kind: .yearly(
            start: Change(month: 9, day: .last(weekday: sunday), minutes: 165, base: .standard),
            end: Change(month: 4, day: .onOrAfter(weekday: sunday, day: 1), minutes: 165, base: .standard), startOverrides: [:]), save: 60),
        // Morocco and Western Sahara: +01:00, but +00:00 around Ramadan, on dates the government
        // announces each year. The intervals are tzdata 2025b's predictions for 2024–2033 (UTC
        // seconds); outside them the zone is approximated as +01:00.
        "MA": Rule(kind: .intervals(moroccoRamadan), save: -60),
    ]

    static let moroccoRamadan: [(Int64, Int64)] = [
        (1710036000, 1713060000),
        (1740276000, 1743904800),
        (1771120800, 1774144800),
        (1801965600, 1804989600),
        (1832205600, 1835834400),
        (1863050400, 1866074400),
        (1893290400, 1896919200),
        (1924135200, 1927159200),
        (1954980000, 1958004000),
        (1985220000, 1988848800),
        (2016064800, 2019088800),
    ]

    // MARK: - Zones

    struct Era: Sendable {
        /// This era applies before `until` (seconds since 1970 UTC); the last era has Int64.max.
        let until: Int64
        let standard: Int
        let rule: Rule?
    }

    /// One line per zone: name, standard offset in minutes, rule ("-" for none); a zone that
    /// changed since 2024 continues with "<until" (UTC seconds) and the next era's offset and rule.
    /// Then one line per alias: "alias=zone".
    static let zoneLines = """
Africa/Abidjan 0 -
Africa/Accra 0 -
Africa/Addis_Ababa 180 -
Africa/Algiers 60 -
Africa/Asmara 180 -
Africa/Bamako 0 -
Africa/Bangui 60 -
Africa/Banjul 0 -
Africa/Bissau 0 -
Africa/Blantyre 120 -
Africa/Brazzaville 60 -
Africa/Bujumbura 120 -
Africa/Cairo 120 EG
Africa/Casablanca 60 MA
Africa/Ceuta 60 EU
Africa/Conakry 0 -
Africa/Dakar 0 -
Africa/Dar_es_Salaam 180 -
Africa/Djibouti 180 -
Africa/Douala 60 -
Africa/El_Aaiun 60 MA
Africa/Freetown 0 -
Africa/Gaborone 120 -
Africa/Harare 120 -
Africa/Johannesburg 120 -
Africa/Juba 120 -
Africa/Kampala 180 -
Africa/Khartoum 120 -
Africa/Kigali 120 -
Africa/Kinshasa 60 -
Africa/Lagos 60 -
Africa/Libreville 60 -
Africa/Lome 0 -
Africa/Luanda 60 -
Africa/Lubumbashi 120 -
Africa/Lusaka 120 -
Africa/Malabo 60 -
Africa/Maputo 120 -
Africa/Maseru 120 -
Africa/Mbabane 120 -
Africa/Mogadishu 180 -
Africa/Monrovia 0 -
Africa/Nairobi 180 -
Africa/Ndjamena 60 -
Africa/Niamey 60 -
Africa/Nouakchott 0 -
Africa/Ouagadougou 0 -
Africa/Porto-Novo 60 -
Africa/Sao_Tome 0 -
Africa/Tripoli 120 -
Africa/Tunis 60 -
Africa/Windhoek 120 -
America/Adak -600 US
America/Anchorage -540 US
America/Anguilla -240 -
America/Antigua -240 -
America/Araguaina -180 -
America/Argentina/Buenos_Aires -180 -
America/Argentina/Catamarca -180 -
America/Argentina/Cordoba -180 -
America/Argentina/Jujuy -180 -
America/Argentina/La_Rioja -180 -
America/Argentina/Mendoza -180 -
America/Argentina/Rio_Gallegos -180 -
America/Argentina/Salta -180 -
America/Argentina/San_Juan -180 -
America/Argentina/San_Luis -180 -
America/Argentina/Tucuman -180 -
America/Argentina/Ushuaia -180 -
America/Aruba -240 -
America/Asuncion -240 PY <1728961200 -180 -
America/Atikokan -300 -
America/Bahia -180 -
America/Bahia_Banderas -360 -
America/Barbados -240 -
America/Belem -180 -
America/Belize -360 -
America/Blanc-Sablon -240 -
America/Boa_Vista -240 -
America/Bogota -300 -
America/Boise -420 US
America/Cambridge_Bay -420 US
America/Campo_Grande -240 -
America/Cancun -300 -
America/Caracas -240 -
America/Cayenne -180 -
America/Cayman -300 -
America/Chicago -360 US
America/Chihuahua -360 -
America/Ciudad_Juarez -420 US
America/Costa_Rica -360 -
America/Coyhaique -240 CL <1742439600 -180 -
America/Creston -420 -
America/Cuiaba -240 -
America/Curacao -240 -
America/Danmarkshavn 0 -
America/Dawson -420 -
America/Dawson_Creek -420 -
America/Denver -420 US
America/Detroit -300 US
America/Dominica -240 -
America/Edmonton -420 US
America/Eirunepe -300 -
America/El_Salvador -360 -
America/Fort_Nelson -420 -
America/Fortaleza -180 -
America/Glace_Bay -240 US
America/Goose_Bay -240 US
America/Grand_Turk -300 US
America/Grenada -240 -
America/Guadeloupe -240 -
America/Guatemala -360 -
America/Guayaquil -300 -
America/Guyana -240 -
America/Halifax -240 US
America/Havana -300 CU
America/Hermosillo -420 -
America/Indiana/Indianapolis -300 US
America/Indiana/Knox -360 US
America/Indiana/Marengo -300 US
America/Indiana/Petersburg -300 US
America/Indiana/Tell_City -360 US
America/Indiana/Vevay -300 US
America/Indiana/Vincennes -300 US
America/Indiana/Winamac -300 US
America/Inuvik -420 US
America/Iqaluit -300 US
America/Jamaica -300 -
America/Juneau -540 US
America/Kentucky/Louisville -300 US
America/Kentucky/Monticello -300 US
America/La_Paz -240 -
America/Lima -300 -
America/Los_Angeles -480 US
America/Maceio -180 -
America/Managua -360 -
America/Manaus -240 -
America/Martinique -240 -
America/Matamoros -360 US
America/Mazatlan -420 -
America/Menominee -360 US
America/Merida -360 -
America/Metlakatla -540 US
America/Mexico_City -360 -
America/Miquelon -180 US
America/Moncton -240 US
America/Monterrey -360 -
America/Montevideo -180 -
America/Montserrat -240 -
America/Nassau -300 US
America/New_York -300 US
America/Nome -540 US
America/Noronha -120 -
America/North_Dakota/Beulah -360 US
America/North_Dakota/Center -360 US
America/North_Dakota/New_Salem -360 US
America/Nuuk -120 EU
America/Ojinaga -360 US
America/Panama -300 -
America/Paramaribo -180 -
America/Phoenix -420 -
America/Port-au-Prince -300 US
America/Port_of_Spain -240 -
America/Porto_Velho -240 -
America/Puerto_Rico -240 -
America/Punta_Arenas -180 -
America/Rankin_Inlet -360 US
America/Recife -180 -
America/Regina -360 -
America/Resolute -360 US
America/Rio_Branco -300 -
America/Santarem -180 -
America/Santiago -240 CL
America/Santo_Domingo -240 -
America/Sao_Paulo -180 -
America/Scoresbysund -60 EU <1711846800 -120 EU
America/Sitka -540 US
America/St_Johns -210 US
America/St_Kitts -240 -
America/St_Lucia -240 -
America/St_Thomas -240 -
America/St_Vincent -240 -
America/Swift_Current -360 -
America/Tegucigalpa -360 -
America/Thule -240 US
America/Tijuana -480 US
America/Toronto -300 US
America/Tortola -240 -
America/Vancouver -480 US
America/Whitehorse -420 -
America/Winnipeg -360 US
America/Yakutat -540 US
Antarctica/Casey 480 -
Antarctica/Davis 420 -
Antarctica/DumontDUrville 600 -
Antarctica/Macquarie 600 AN
Antarctica/Mawson 300 -
Antarctica/McMurdo 720 NZ
Antarctica/Palmer -180 -
Antarctica/Rothera -180 -
Antarctica/Syowa 180 -
Antarctica/Troll 0 TR
Antarctica/Vostok 300 -
Asia/Aden 180 -
Asia/Almaty 360 - <1709229600 300 -
Asia/Amman 180 -
Asia/Anadyr 720 -
Asia/Aqtau 300 -
Asia/Aqtobe 300 -
Asia/Ashgabat 300 -
Asia/Atyrau 300 -
Asia/Baghdad 180 -
Asia/Bahrain 180 -
Asia/Baku 240 -
Asia/Bangkok 420 -
Asia/Barnaul 420 -
Asia/Beirut 120 LB
Asia/Bishkek 360 -
Asia/Brunei 480 -
Asia/Chita 540 -
Asia/Colombo 330 -
Asia/Damascus 180 -
Asia/Dhaka 360 -
Asia/Dili 540 -
Asia/Dubai 240 -
Asia/Dushanbe 300 -
Asia/Famagusta 120 EU
Asia/Gaza 120 PS
Asia/Hebron 120 PS
Asia/Ho_Chi_Minh 420 -
Asia/Hong_Kong 480 -
Asia/Hovd 420 -
Asia/Irkutsk 480 -
Asia/Jakarta 420 -
Asia/Jayapura 540 -
Asia/Jerusalem 120 IL
Asia/Kabul 270 -
Asia/Kamchatka 720 -
Asia/Karachi 300 -
Asia/Kathmandu 345 -
Asia/Khandyga 540 -
Asia/Kolkata 330 -
Asia/Krasnoyarsk 420 -
Asia/Kuala_Lumpur 480 -
Asia/Kuching 480 -
Asia/Kuwait 180 -
Asia/Macau 480 -
Asia/Magadan 660 -
Asia/Makassar 480 -
Asia/Manila 480 -
Asia/Muscat 240 -
Asia/Nicosia 120 EU
Asia/Novokuznetsk 420 -
Asia/Novosibirsk 420 -
Asia/Omsk 360 -
Asia/Oral 300 -
Asia/Phnom_Penh 420 -
Asia/Pontianak 420 -
Asia/Pyongyang 540 -
Asia/Qatar 180 -
Asia/Qostanay 360 - <1709229600 300 -
Asia/Qyzylorda 300 -
Asia/Riyadh 180 -
Asia/Sakhalin 660 -
Asia/Samarkand 300 -
Asia/Seoul 540 -
Asia/Shanghai 480 -
Asia/Singapore 480 -
Asia/Srednekolymsk 660 -
Asia/Taipei 480 -
Asia/Tashkent 300 -
Asia/Tbilisi 240 -
Asia/Tehran 210 -
Asia/Thimphu 360 -
Asia/Tokyo 540 -
Asia/Tomsk 420 -
Asia/Ulaanbaatar 480 -
Asia/Urumqi 360 -
Asia/Ust-Nera 600 -
Asia/Vientiane 420 -
Asia/Vladivostok 600 -
Asia/Yakutsk 540 -
Asia/Yangon 390 -
Asia/Yekaterinburg 300 -
Asia/Yerevan 240 -
Atlantic/Azores -60 EU
Atlantic/Bermuda -240 US
Atlantic/Canary 0 EU
Atlantic/Cape_Verde -60 -
Atlantic/Faroe 0 EU
Atlantic/Madeira 0 EU
Atlantic/Reykjavik 0 -
Atlantic/South_Georgia -120 -
Atlantic/St_Helena 0 -
Atlantic/Stanley -180 -
Australia/Adelaide 570 AN
Australia/Brisbane 600 -
Australia/Broken_Hill 570 AN
Australia/Darwin 570 -
Australia/Eucla 525 -
Australia/Hobart 600 AN
Australia/Lindeman 600 -
Australia/Lord_Howe 630 LH
Australia/Melbourne 600 AN
Australia/Perth 480 -
Australia/Sydney 600 AN
CET 60 EU
CST6CDT -360 US
EET 120 EU
EST -300 -
EST5EDT -300 US
Etc/GMT 0 -
Etc/GMT+1 -60 -
Etc/GMT+10 -600 -
Etc/GMT+11 -660 -
Etc/GMT+12 -720 -
Etc/GMT+2 -120 -
Etc/GMT+3 -180 -
Etc/GMT+4 -240 -
Etc/GMT+5 -300 -
Etc/GMT+6 -360 -
Etc/GMT+7 -420 -
Etc/GMT+8 -480 -
Etc/GMT+9 -540 -
Etc/GMT-1 60 -
Etc/GMT-10 600 -
Etc/GMT-11 660 -
Etc/GMT-12 720 -
Etc/GMT-13 780 -
Etc/GMT-14 840 -
Etc/GMT-2 120 -
Etc/GMT-3 180 -
Etc/GMT-4 240 -
Etc/GMT-5 300 -
Etc/GMT-6 360 -
Etc/GMT-7 420 -
Etc/GMT-8 480 -
Etc/GMT-9 540 -
Etc/UTC 0 -
Europe/Amsterdam 60 EU
Europe/Andorra 60 EU
Europe/Astrakhan 240 -
Europe/Athens 120 EU
Europe/Belgrade 60 EU
Europe/Berlin 60 EU
Europe/Brussels 60 EU
Europe/Bucharest 120 EU
Europe/Budapest 60 EU
Europe/Chisinau 120 MD
Europe/Copenhagen 60 EU
Europe/Dublin 0 EU
Europe/Gibraltar 60 EU
Europe/Guernsey 0 EU
Europe/Helsinki 120 EU
Europe/Isle_of_Man 0 EU
Europe/Istanbul 180 -
Europe/Jersey 0 EU
Europe/Kaliningrad 120 -
Europe/Kirov 180 -
Europe/Kyiv 120 EU
Europe/Lisbon 0 EU
Europe/Ljubljana 60 EU
Europe/London 0 EU
Europe/Luxembourg 60 EU
Europe/Madrid 60 EU
Europe/Malta 60 EU
Europe/Minsk 180 -
Europe/Monaco 60 EU
Europe/Moscow 180 -
Europe/Oslo 60 EU
Europe/Paris 60 EU
Europe/Prague 60 EU
Europe/Riga 120 EU
Europe/Rome 60 EU
Europe/Samara 240 -
Europe/Sarajevo 60 EU
Europe/Saratov 240 -
Europe/Simferopol 180 -
Europe/Skopje 60 EU
Europe/Sofia 120 EU
Europe/Stockholm 60 EU
Europe/Tallinn 120 EU
Europe/Tirane 60 EU
Europe/Ulyanovsk 240 -
Europe/Vaduz 60 EU
Europe/Vienna 60 EU
Europe/Vilnius 120 EU
Europe/Volgograd 180 -
Europe/Warsaw 60 EU
Europe/Zagreb 60 EU
Europe/Zurich 60 EU
Factory 0 -
HST -600 -
Indian/Antananarivo 180 -
Indian/Chagos 360 -
Indian/Christmas 420 -
Indian/Cocos 390 -
Indian/Comoro 180 -
Indian/Kerguelen 300 -
Indian/Mahe 240 -
Indian/Maldives 300 -
Indian/Mauritius 240 -
Indian/Mayotte 180 -
Indian/Reunion 240 -
MET 60 EU
MST -420 -
MST7MDT -420 US
PST8PDT -480 US
Pacific/Apia 780 -
Pacific/Auckland 720 NZ
Pacific/Bougainville 660 -
Pacific/Chatham 765 CH
Pacific/Chuuk 600 -
Pacific/Easter -360 CL
Pacific/Efate 660 -
Pacific/Fakaofo 780 -
Pacific/Fiji 720 -
Pacific/Funafuti 720 -
Pacific/Galapagos -360 -
Pacific/Gambier -540 -
Pacific/Guadalcanal 660 -
Pacific/Guam 600 -
Pacific/Honolulu -600 -
Pacific/Kanton 780 -
Pacific/Kiritimati 840 -
Pacific/Kosrae 660 -
Pacific/Kwajalein 720 -
Pacific/Majuro 720 -
Pacific/Marquesas -570 -
Pacific/Midway -660 -
Pacific/Nauru 720 -
Pacific/Niue -660 -
Pacific/Norfolk 660 AN
Pacific/Noumea 660 -
Pacific/Pago_Pago -660 -
Pacific/Palau 540 -
Pacific/Pitcairn -480 -
Pacific/Pohnpei 660 -
Pacific/Port_Moresby 600 -
Pacific/Rarotonga -600 -
Pacific/Saipan 600 -
Pacific/Tahiti -600 -
Pacific/Tarawa 720 -
Pacific/Tongatapu 780 -
Pacific/Wake 720 -
Pacific/Wallis 720 -
WET 0 EU
"""

    static let aliasLines = """
Africa/Asmera=Africa/Nairobi
Africa/Timbuktu=Africa/Abidjan
America/Argentina/ComodRivadavia=America/Argentina/Catamarca
America/Atka=America/Adak
America/Buenos_Aires=America/Argentina/Buenos_Aires
America/Catamarca=America/Argentina/Catamarca
America/Coral_Harbour=America/Panama
America/Cordoba=America/Argentina/Cordoba
America/Ensenada=America/Tijuana
America/Fort_Wayne=America/Indiana/Indianapolis
America/Godthab=America/Nuuk
America/Indianapolis=America/Indiana/Indianapolis
America/Jujuy=America/Argentina/Jujuy
America/Knox_IN=America/Indiana/Knox
America/Kralendijk=America/Puerto_Rico
America/Louisville=America/Kentucky/Louisville
America/Lower_Princes=America/Puerto_Rico
America/Marigot=America/Puerto_Rico
America/Mendoza=America/Argentina/Mendoza
America/Montreal=America/Toronto
America/Nipigon=America/Toronto
America/Pangnirtung=America/Iqaluit
America/Porto_Acre=America/Rio_Branco
America/Rainy_River=America/Winnipeg
America/Rosario=America/Argentina/Cordoba
America/Santa_Isabel=America/Tijuana
America/Shiprock=America/Denver
America/St_Barthelemy=America/Puerto_Rico
America/Thunder_Bay=America/Toronto
America/Virgin=America/Puerto_Rico
America/Yellowknife=America/Edmonton
Antarctica/South_Pole=Pacific/Auckland
Arctic/Longyearbyen=Europe/Berlin
Asia/Ashkhabad=Asia/Ashgabat
Asia/Calcutta=Asia/Kolkata
Asia/Choibalsan=Asia/Ulaanbaatar
Asia/Chongqing=Asia/Shanghai
Asia/Chungking=Asia/Shanghai
Asia/Dacca=Asia/Dhaka
Asia/Harbin=Asia/Shanghai
Asia/Istanbul=Europe/Istanbul
Asia/Kashgar=Asia/Urumqi
Asia/Katmandu=Asia/Kathmandu
Asia/Macao=Asia/Macau
Asia/Rangoon=Asia/Yangon
Asia/Saigon=Asia/Ho_Chi_Minh
Asia/Tel_Aviv=Asia/Jerusalem
Asia/Thimbu=Asia/Thimphu
Asia/Ujung_Pandang=Asia/Makassar
Asia/Ulan_Bator=Asia/Ulaanbaatar
Atlantic/Faeroe=Atlantic/Faroe
Atlantic/Jan_Mayen=Europe/Berlin
Australia/ACT=Australia/Sydney
Australia/Canberra=Australia/Sydney
Australia/Currie=Australia/Hobart
Australia/LHI=Australia/Lord_Howe
Australia/NSW=Australia/Sydney
Australia/North=Australia/Darwin
Australia/Queensland=Australia/Brisbane
Australia/South=Australia/Adelaide
Australia/Tasmania=Australia/Hobart
Australia/Victoria=Australia/Melbourne
Australia/West=Australia/Perth
Australia/Yancowinna=Australia/Broken_Hill
Brazil/Acre=America/Rio_Branco
Brazil/DeNoronha=America/Noronha
Brazil/East=America/Sao_Paulo
Brazil/West=America/Manaus
Canada/Atlantic=America/Halifax
Canada/Central=America/Winnipeg
Canada/Eastern=America/Toronto
Canada/Mountain=America/Edmonton
Canada/Newfoundland=America/St_Johns
Canada/Pacific=America/Vancouver
Canada/Saskatchewan=America/Regina
Canada/Yukon=America/Whitehorse
Chile/Continental=America/Santiago
Chile/EasterIsland=Pacific/Easter
Cuba=America/Havana
Egypt=Africa/Cairo
Eire=Europe/Dublin
Etc/GMT+0=Etc/GMT
Etc/GMT-0=Etc/GMT
Etc/GMT0=Etc/GMT
Etc/Greenwich=Etc/GMT
Etc/UCT=Etc/UTC
Etc/Universal=Etc/UTC
Etc/Zulu=Etc/UTC
Europe/Belfast=Europe/London
Europe/Bratislava=Europe/Prague
Europe/Busingen=Europe/Zurich
Europe/Kiev=Europe/Kyiv
Europe/Mariehamn=Europe/Helsinki
Europe/Nicosia=Asia/Nicosia
Europe/Podgorica=Europe/Belgrade
Europe/San_Marino=Europe/Rome
Europe/Tiraspol=Europe/Chisinau
Europe/Uzhgorod=Europe/Kyiv
Europe/Vatican=Europe/Rome
Europe/Zaporozhye=Europe/Kyiv
GB=Europe/London
GB-Eire=Europe/London
GMT=Etc/GMT
GMT+0=Etc/GMT
GMT-0=Etc/GMT
GMT0=Etc/GMT
Greenwich=Etc/GMT
Hongkong=Asia/Hong_Kong
Iceland=Africa/Abidjan
Iran=Asia/Tehran
Israel=Asia/Jerusalem
Jamaica=America/Jamaica
Japan=Asia/Tokyo
Kwajalein=Pacific/Kwajalein
Libya=Africa/Tripoli
Mexico/BajaNorte=America/Tijuana
Mexico/BajaSur=America/Mazatlan
Mexico/General=America/Mexico_City
NZ=Pacific/Auckland
NZ-CHAT=Pacific/Chatham
Navajo=America/Denver
PRC=Asia/Shanghai
Pacific/Enderbury=Pacific/Kanton
Pacific/Johnston=Pacific/Honolulu
Pacific/Ponape=Pacific/Guadalcanal
Pacific/Samoa=Pacific/Pago_Pago
Pacific/Truk=Pacific/Port_Moresby
Pacific/Yap=Pacific/Port_Moresby
Poland=Europe/Warsaw
Portugal=Europe/Lisbon
ROC=Asia/Taipei
ROK=Asia/Seoul
Singapore=Asia/Singapore
Turkey=Europe/Istanbul
UCT=Etc/UTC
US/Alaska=America/Anchorage
US/Aleutian=America/Adak
US/Arizona=America/Phoenix
US/Central=America/Chicago
US/East-Indiana=America/Indiana/Indianapolis
US/Eastern=America/New_York
US/Hawaii=Pacific/Honolulu
US/Indiana-Starke=America/Indiana/Knox
US/Michigan=America/Detroit
US/Mountain=America/Denver
US/Pacific=America/Los_Angeles
US/Samoa=Pacific/Pago_Pago
UTC=Etc/UTC
Universal=Etc/UTC
W-SU=Europe/Moscow
Zulu=Etc/UTC
"""

    static let table: [String: [Era]] = {
        var out: [String: [Era]] = [:]
        for line in zoneLines.split(separator: "\n") {
            let f = line.split(separator: " ")
            var eras: [Era] = []
            var i = 1
            while i + 1 < f.count {
                var until = Int64.max
                if i + 2 < f.count, f[i + 2].hasPrefix("<") { until = Int64(f[i + 2].dropFirst())! }
                let rule: Rule? = f[i + 1] == "-" ? nil : rules[String(f[i + 1])]!
                eras.append(Era(until: until, standard: Int(f[i])!, rule: rule))
                i += until == Int64.max ? 2 : 3
            }
            out[String(f[0])] = eras
        }
        for line in aliasLines.split(separator: "\n") {
            let f = line.split(separator: "=")
            out[String(f[0])] = out[String(f[1])]!
        }
        return out
    }()
}

/// Proleptic Gregorian civil dates as days since 1970-01-01 (Howard Hinnant's algorithms).
enum Civil {
    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func year(ofDays days: Int64) -> Int {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return Int(yoe + era * 400 + (month <= 2 ? 1 : 0))
    }

    static func monthLength(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 0 = Sunday.
    static func weekday(_ days: Int64) -> Int { Int(((days + 4) % 7 + 7) % 7) }
}
