import CNCursesW
import Foundation
import DossierCore
import DossierUI
import Glibc

/// The terminal, through ncursesw: set-up and guaranteed tear-down, keys,
/// mouse and resize as `InputEvent`s, and blitting a `Screen`. One instance,
/// used from one thread.
public final class NcursesBackend: TerminalBackend {
    private let screenHandle: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// The stream ncurses writes to (the terminal on fd 1).
    private let output: UnsafeMutablePointer<FILE>
    private var colors = ColorScheme(theme: .monochrome)
    private var shown: Screen?
    private var isShutDown = false

    /// The signal that ended the session, if one did (for the exit status).
    public var receivedSignal: Int32? { dossierReceivedSignal == 0 ? nil : Int32(dossierReceivedSignal) }

    /// Takes over the terminal on stdin/stdout, drawing with `theme` (after
    /// `NO_COLOR`, which always wins). Throws when it cannot.
    public init(environment: [String: String], theme: Theme = .standard) throws {
        setlocale(LC_ALL, "")
        if let codeset = dossier_codeset(), String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        installSignalFlagHandlers()
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
              let handle = newterm(nil, output, input) else {
            throw DossierError("terminal '\(environment["TERM"] ?? "")': ncurses cannot drive it (set TERM to e.g. xterm-256color)", code: .environment)
        }
        screenHandle = handle
        self.output = output
        guard let standard = dossier_stdscr() else {
            endwin()
            throw DossierError("terminal: ncurses did not create a screen", code: .environment)
        }
        window = standard
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        colors = ColorScheme.start(theme.honouring(environment: environment))
    }

    deinit { shutdown() }

    /// Restores the terminal. Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screenHandle)
    }

    public var width: Int { Int(getmaxx(window)) }
    public var height: Int { Int(getmaxy(window)) }

    public func setMouseCapture(_ enabled: Bool) {
        mousemask(enabled ? dossier_button_events() : 0, nil)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        if dossierReceivedSignal != 0 { return .interrupted }
        wtimeout(window, Int32(timeoutMilliseconds))
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if dossierReceivedSignal != 0 { return .interrupted }
        switch result {
        case KEY_CODE_YES:
            let code = Int32(bitPattern: value)
            if code == KEY_RESIZE {
                shown = nil
                return .resize(width: width, height: height)
            }
            if code == KEY_MOUSE { return mouseEvent() }
            return KeyDecoding.functionKey(code).map { .key($0) }
        case OK:
            return KeyDecoding.character(value).map { .key($0) }
        default:
            return nil
        }
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let column = Int(event.x)
        let row = Int(event.y)
        if event.bstate & dossier_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, column: column, row: row)) }
        if event.bstate & dossier_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, column: column, row: row)) }
        if event.bstate & (dossier_button1_pressed() | dossier_button1_clicked()) != 0 {
            return .mouse(MouseEvent(.press, column: column, row: row))
        }
        return nil
    }

    /// Writes the rows that changed since the last draw, clipped to the window.
    public func draw(_ screen: Screen) {
        let rows = min(screen.height, height)
        let columns = min(screen.width, width)
        if shown?.width != screen.width || shown?.height != screen.height {
            werase(window)
            shown = nil
        }
        for row in 0..<rows {
            if let previous = shown, rowEqual(previous, screen, row) { continue }
            drawRow(screen, row: row, columns: columns)
        }
        shown = screen
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes a control sequence straight to the terminal after the last
    /// frame: ncurses' buffered output is flushed first so the bytes cannot
    /// land in the middle of a screen update, and the grid is untouched.
    public func writeControlSequence(_ sequence: String) -> Bool {
        guard !isShutDown else { return false }
        fflush(output)
        let descriptor = fileno(output)
        let bytes = Array(sequence.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }

    /// Rewrites a link's cells as an OSC 8 hyperlink (see `Hyperlink.overwrite`).
    public func writeHyperlink(_ link: ScreenLink) -> Bool {
        guard let sequence = Hyperlink.overwrite(url: link.url, text: link.text, column: link.column, row: link.row,
                                                 sgr: colors.sgr(for: link.style)) else { return false }
        return writeControlSequence(sequence)
    }

    private func rowEqual(_ a: Screen, _ b: Screen, _ row: Int) -> Bool {
        for column in 0..<b.width where a[column, row] != b[column, row] { return false }
        return true
    }

    private func drawRow(_ screen: Screen, row: Int, columns: Int) {
        var column = 0
        while column < columns {
            let cell = screen[column, row]
            guard let character = cell.character else {
                column += 1
                continue
            }
            let cellWidth = TextWidth.of(character)
            if column + cellWidth > columns { break }
            var wide = Array(character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) })
            wide.append(0)
            var complex = cchar_t()
            setcchar(&complex, wide, colors.attributes(for: cell.style), colors.pair(for: cell.style.role), nil)
            mvwadd_wch(window, Int32(row), Int32(column), &complex)
            column += max(1, cellWidth)
        }
    }
}
