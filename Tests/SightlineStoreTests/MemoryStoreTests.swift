import SightlineStore
import SightlineStoreTesting
import Testing

@Suite struct MemoryStoreTests {
    @Test(arguments: StoreConformance.Check.allCases) func conformance(_ check: StoreConformance.Check) throws {
        try StoreConformance { (MemoryStore(), {}) }.run(check)
    }
}
