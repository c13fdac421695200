import SightlineCore

/// For store adapters: the append-only rule for case notes (`Store.saveCase`).
public enum CaseNotes {
    /// The notes of `notes` that `stored` does not hold, in order. A note is held when a stored
    /// note has the same time, author and text; each stored note accounts for one note only, so two
    /// equal notes added together are both kept.
    public static func unsaved(_ notes: [Case.Note], stored: [Case.Note]) -> [Case.Note] {
        var unmatched = stored
        return notes.filter { note in
            guard let i = unmatched.firstIndex(of: note) else { return true }
            unmatched.remove(at: i)
            return false
        }
    }
}
