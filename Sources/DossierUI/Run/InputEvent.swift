/// A key as the browser understands it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete
    /// Ctrl with a letter (lower case), for the ones the terminal delivers as
    /// keys of their own: not ^C ^Z (signals), ^S ^Q (flow control), nor the
    /// ones that are Tab, Enter or Backspace.
    case control(Character)
}

/// A mouse event in screen cells.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var column: Int
    public var row: Int

    public init(_ kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}

/// What a terminal backend reports.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// A signal (INT, TERM, HUP) asked the program to stop.
    case interrupted
}
