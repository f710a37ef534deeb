extension AppState {
    /// `o`: asks the run loop to open the selected quote's article in the web
    /// browser, or says why it cannot.
    mutating func openSource() -> [Effect] {
        guard let row = selectedQuote else {
            message = "No quote selected"
            return []
        }
        guard let raw = row.url, !raw.isEmpty else {
            message = "This article has no web address"
            messageIsError = true
            return []
        }
        guard let url = WebLink.sanitised(raw) else {
            message = "The article's address is not a web page (http or https)"
            messageIsError = true
            return []
        }
        message = "Opening \(url)"
        return [.openURL(url)]
    }
}
