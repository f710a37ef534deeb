/// Selection and scroll position of one list, kept so the selection is always visible.
public struct ListState: Hashable, Sendable {
    public var count = 0
    public var selected = 0
    public var top = 0

    public init(count: Int = 0, selected: Int = 0, top: Int = 0) {
        self.count = count
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta`, clamped to the list.
    public mutating func move(by delta: Int, visible: Int) {
        select(selected + delta, visible: visible)
    }

    /// Selects an index (clamped) and scrolls just enough to show it.
    public mutating func select(_ index: Int, visible: Int) {
        selected = count == 0 ? 0 : min(max(0, index), count - 1)
        keepVisible(visible)
    }

    /// Changes the number of items, keeping the selection in range and visible.
    public mutating func resize(count newCount: Int, visible: Int) {
        count = max(0, newCount)
        select(selected, visible: visible)
    }

    public mutating func keepVisible(_ visible: Int) {
        let rows = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, count - rows)))
    }

    /// "3/18", or "0/0" for an empty list.
    public var position: String { count == 0 ? "0/0" : "\(selected + 1)/\(count)" }
}
