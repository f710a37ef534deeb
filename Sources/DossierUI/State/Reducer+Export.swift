import DossierCore

extension AppState {
    /// `y`: copy the selected quote as Markdown straight away.
    mutating func copySelectedQuote() -> [Effect] {
        guard let row = selectedQuote else {
            message = "No quote selected"
            return []
        }
        return [.export(ExportJob(target: ExportTarget(row), format: .markdown, destination: .clipboard))]
    }

    /// `Y` and `s`: open the export dialog on the selected quote.
    mutating func openExportDialog(_ purpose: ExportDialog.Purpose) {
        guard let row = selectedQuote else {
            message = "No quote selected"
            return
        }
        exportDialog = ExportDialog(purpose: purpose, target: ExportTarget(row))
    }

    /// Keys while the export dialog is open; Esc cancels at every step.
    mutating func handleExportKey(_ key: Key) -> [Effect] {
        guard var dialog = exportDialog else { return [] }
        if key == .escape {
            exportDialog = nil
            message = dialog.purpose == .copy ? "Copy cancelled" : "Save cancelled"
            return []
        }
        var effects: [Effect] = []
        switch dialog.step {
        case .chooseFormat:
            effects = chooseFormatKey(key, &dialog)
        case .editPath:
            if key == .enter {
                let path = dialog.path.text.trimmingCharacters()
                guard !path.isEmpty else {
                    message = "Give a file name to save to"
                    messageIsError = true
                    break
                }
                effects = [.export(dialog.job(.file(path: path, overwrite: false)))]
            } else {
                _ = dialog.path.handle(key)
            }
        case .confirmOverwrite(let path):
            switch key {
            case .character("y"), .character("Y"):
                effects = [.export(dialog.job(.file(path: path, overwrite: true)))]
            case .character("n"), .character("N"):
                exportDialog = nil
                message = "Kept the existing \(path)"
                return []
            default: break
            }
        }
        if exportDialog != nil { exportDialog = dialog }
        return effects
    }

    private mutating func chooseFormatKey(_ key: Key, _ dialog: inout ExportDialog) -> [Effect] {
        let count = dialog.formats.count
        switch key {
        case .down, .character("j"), .tab: dialog.formatIndex = (dialog.formatIndex + 1) % count
        case .up, .character("k"), .backTab: dialog.formatIndex = (dialog.formatIndex + count - 1) % count
        case .home: dialog.formatIndex = 0
        case .end: dialog.formatIndex = count - 1
        case .character(let digit) where digit.wholeNumberValue.map({ (1...count).contains($0) }) ?? false:
            dialog.formatIndex = (digit.wholeNumberValue ?? 1) - 1
        case .enter:
            switch dialog.purpose {
            case .copy:
                exportDialog = nil
                return [.export(dialog.job(.clipboard))]
            case .save:
                dialog.step = .editPath
                dialog.path = TextField(defaultExportFileName(dialog.target, others: dialog.others, format: dialog.format))
            }
        default: break
        }
        return []
    }

    /// The result of an export effect: close the dialog with a message, or ask about overwriting.
    mutating func receiveExportOutcome(_ outcome: ExportOutcome) -> [Effect] {
        switch outcome {
        case .done(let text):
            exportDialog = nil
            message = text
            messageIsError = false
        case .failed(let text):
            // A bad path leaves the dialog on the path so it can be corrected.
            if var dialog = exportDialog, case .confirmOverwrite = dialog.step {
                dialog.step = .editPath
                exportDialog = dialog
            }
            message = text
            messageIsError = true
        case .fileExists(let path):
            guard var dialog = exportDialog else {
                message = "\(path) already exists"
                messageIsError = true
                return []
            }
            dialog.step = .confirmOverwrite(path: path)
            exportDialog = dialog
        }
        return []
    }
}
