/// An article's web address made safe to hand to a browser or to write into
/// an OSC 8 sequence: imported text must never reach the terminal as control
/// codes, and only web pages are opened.
public enum WebLink {
    /// The URL if it is `http://` or `https://` with a host and no whitespace or
    /// control character (C0, DEL, C1, so no ESC or BEL); non-ASCII characters are
    /// percent-encoded so the result is printable ASCII. Nil otherwise.
    public static func sanitised(_ url: String) -> String? {
        var scalars = Substring(url).unicodeScalars[...]
        while let first = scalars.first, first == " " { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " { scalars = scalars.dropLast() }
        var result = ""
        for scalar in scalars {
            let value = scalar.value
            if value <= 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return nil }
            if value < 0x80 {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += "%" + hex(byte) }
            }
        }
        let lower = result.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return nil }
        let host = result.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : result
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}

/// OSC 8 hyperlinks, written over text ncurses has already drawn.
public enum Hyperlink {
    /// `ESC ]8;;URL ESC \` text `ESC ]8;; ESC \`; nil when the URL is not a safe web
    /// link. Control characters in `text` are dropped.
    public static func osc8(url: String, text: String) -> String? {
        guard let safe = WebLink.sanitised(url) else { return nil }
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter { !TextWidth.isControl($0) }))
        return "\u{1B}]8;;\(safe)\u{1B}\\" + visible + "\u{1B}]8;;\u{1B}\\"
    }

    /// The link rewritten in place: save the cursor and attributes (DECSC), move to
    /// the 0-based cell, set `sgr` (the cells' own attributes), write the link,
    /// and restore (DECRC), so ncurses' idea of the cursor and attributes holds.
    public static func overwrite(url: String, text: String, column: Int, row: Int, sgr: String) -> String? {
        guard let link = osc8(url: url, text: text) else { return nil }
        return "\u{1B}7\u{1B}[\(row + 1);\(column + 1)H" + sgr + link + "\u{1B}8"
    }

    /// Whether to write hyperlinks: `always`/`never`, or for `auto` only on a
    /// terminal known to show them (VTE, iTerm2, WezTerm, VS Code, kitty, Windows
    /// Terminal, foot, Alacritty), and never inside tmux or screen, which would
    /// need passthrough.
    public static func enabled(_ mode: HyperlinkMode, environment: [String: String]) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto: break
        }
        func has(_ name: String) -> Bool { !(environment[name] ?? "").isEmpty }
        let term = environment["TERM"] ?? ""
        if has("TMUX") || term.hasPrefix("tmux") || term.hasPrefix("screen") || has("STY") { return false }
        if has("VTE_VERSION") || has("KITTY_WINDOW_ID") || has("WT_SESSION") || has("WEZTERM_EXECUTABLE") { return true }
        if ["iTerm.app", "WezTerm", "vscode"].contains(environment["TERM_PROGRAM"] ?? "") { return true }
        return term.hasPrefix("foot") || term == "alacritty" || term == "xterm-kitty" || term == "wezterm"
    }
}

/// When the reader's source URL is written as an OSC 8 hyperlink (`[browser] hyperlinks`).
public enum HyperlinkMode: String, Sendable, CaseIterable {
    case auto, always, never
}
