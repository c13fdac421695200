import SightlineCore

/// Reading the domain's enums back from text columns: a value no version of Sightline writes
/// means the store is corrupt, and says which column.
extension RawRepresentable where RawValue == String {
    public static func stored(_ text: String?, _ column: String) throws -> Self {
        guard let text, let value = Self(rawValue: text) else {
            throw StoreError(.corrupt, "the store holds an unknown \(column) value; it was not written by Sightline")
        }
        return value
    }
}

extension Label {
    public static func stored(_ text: String?, _ column: String) throws -> Label {
        guard let text, let value = Label(rawValue: text) else {
            throw StoreError(.corrupt, "the store holds an unknown \(column) value; it was not written by Sightline")
        }
        return value
    }
}
