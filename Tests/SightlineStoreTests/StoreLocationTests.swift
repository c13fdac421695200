import SightlineStore
import Testing

@Suite struct StoreLocationTests {
    @Test func locationsParse() {
        #expect(StoreLocation.parse("sqlite:/tmp/x.db") == .sqlite(path: "/tmp/x.db"))
        #expect(StoreLocation.parse("data/x.sqlite") == .sqlite(path: "data/x.sqlite"))
        #expect(StoreLocation.parse(nil, environment: [:]) == .sqlite(path: "sightline.sqlite"))
        #expect(StoreLocation.parse(nil, environment: ["SIGHTLINE_DB": "/d.sqlite"]) == .sqlite(path: "/d.sqlite"))
        #expect(StoreLocation.parse("postgresql://db/sl") == .postgres(url: "postgresql://db/sl"))
        let pg = StoreLocation.parse("postgres://u:secret@db:5432/sl")
        #expect(pg == .postgres(url: "postgres://u:secret@db:5432/sl"))
        #expect(!pg.description.contains("secret"))
        #expect(pg.description == "postgres://db:5432/sl")
    }
}
