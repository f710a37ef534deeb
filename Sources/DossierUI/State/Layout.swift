/// The panes the user can focus.
public enum PaneID: String, Sendable, CaseIterable {
    case sections, experts, quotes, reader
}

/// Where each part of the screen goes for a terminal size. Pure, so the
/// reducer (paging, clicks) and the renderer agree.
public struct Layout: Equatable, Sendable {
    /// The smallest size the browser draws; below it a message asks for more room.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public let width: Int
    public let height: Int
    public let header: Rect
    public let status: Rect
    public let sections: Rect
    public let experts: Rect
    public let quotes: Rect
    public let reader: Rect

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        let bodyTop = 1
        let bodyHeight = max(0, height - 2)
        let leftWidth = min(40, max(22, width * 3 / 10))
        let sectionsHeight = max(4, bodyHeight * 2 / 5)
        sections = Rect(x: 0, y: bodyTop, width: leftWidth, height: sectionsHeight)
        experts = Rect(x: 0, y: bodyTop + sectionsHeight, width: leftWidth, height: bodyHeight - sectionsHeight)
        let quotesHeight = max(4, bodyHeight * 2 / 5)
        quotes = Rect(x: leftWidth, y: bodyTop, width: width - leftWidth, height: quotesHeight)
        reader = Rect(x: leftWidth, y: bodyTop + quotesHeight, width: width - leftWidth, height: bodyHeight - quotesHeight)
    }

    /// True when the window is too small to draw the browser.
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public func rect(of pane: PaneID) -> Rect {
        switch pane {
        case .sections: sections
        case .experts: experts
        case .quotes: quotes
        case .reader: reader
        }
    }

    /// Rows of items a list pane shows inside its border.
    public func visibleRows(of pane: PaneID) -> Int { max(1, rect(of: pane).height - 2) }

    /// The box of the context view: the whole body, between header and status line.
    public var context: Rect { Rect(x: 0, y: 1, width: width, height: max(0, height - 2)) }

    /// The centred box used by pickers, help and the glossary.
    public var overlay: Rect {
        let w = min(width - 4, 76)
        let h = min(height - 4, 22)
        return Rect(x: (width - w) / 2, y: (height - h) / 2, width: w, height: h)
    }
}
