import Synchronization

/// One result slot per worker of a parallel loop (`DispatchQueue.concurrentPerform`): each
/// worker sets its own slot once, and the caller takes them all, in slot order, when the loop is
/// done.
public final class ParallelSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value]>

    public init(_ count: Int, empty: Value) { slots = Mutex(Array(repeating: empty, count: count)) }

    public func set(_ i: Int, _ value: Value) { slots.withLock { $0[i] = value } }

    /// Every slot, in order, leaving the slots empty (no second copy is kept).
    public func take() -> [Value] {
        slots.withLock { slots in
            var out: [Value] = []
            swap(&out, &slots)
            return out
        }
    }
}
