import DossierCore

/// The quote an export is about: enough to find it again and to name its file.
public struct ExportTarget: Hashable, Sendable {
    public var quoteID: String
    /// Fingerprint of the quote's article (`BrowserDataSource.article(id:)`).
    public var articleID: String
    public var speaker: String
    public var articleTitle: String

    public init(quoteID: String, articleID: String, speaker: String, articleTitle: String) {
        self.quoteID = quoteID
        self.articleID = articleID
        self.speaker = speaker
        self.articleTitle = articleTitle
    }

    public init(_ row: QuoteRow) {
        self.init(quoteID: row.quote.id, articleID: row.articleID, speaker: row.expert.name, articleTitle: row.articleTitle)
    }

    /// The readable default file name (`mikaelian-russia-pushes-azerbaijan.md`).
    public func defaultFileName(_ format: ExportFormat) -> String {
        ExportNaming.fileName(speaker: speaker, title: articleTitle, format: format)
    }
}

/// Work for the run loop: render one quote, or a set of marked quotes, and copy it or write it to a file.
public struct ExportJob: Hashable, Sendable {
    public enum Destination: Hashable, Sendable {
        case clipboard
        /// A path as typed (relative to the working directory, `~` allowed);
        /// an existing file is replaced only with `overwrite`.
        case file(path: String, overwrite: Bool)
    }

    /// The quote, or the first of a set.
    public var target: ExportTarget
    /// The rest of a set (marked quotes), in order; empty for one quote.
    public var others: [ExportTarget] = []
    public var format: ExportFormat
    public var destination: Destination

    public init(target: ExportTarget, others: [ExportTarget] = [], format: ExportFormat, destination: Destination) {
        self.target = target
        self.others = others
        self.format = format
        self.destination = destination
    }

    /// Every quote the job exports, in order.
    public var targets: [ExportTarget] { [target] + others }
}

/// The file name offered for an export: the quote's readable name, or `marked-quotes.EXT` for a set.
func defaultExportFileName(_ target: ExportTarget, others: [ExportTarget], format: ExportFormat) -> String {
    others.isEmpty ? target.defaultFileName(format) : "marked-quotes.\(format.fileExtension)"
}

/// How an export job ended, sent back to the reducer.
public enum ExportOutcome: Hashable, Sendable {
    /// Done: a line for the status bar.
    case done(String)
    /// Nothing written or copied: a one-line reason.
    case failed(String)
    /// The file exists and the job did not allow overwriting it (resolved path).
    case fileExists(path: String)
}

/// The dialog opened by `Y` (copy as) and `s` (save): pick a format, then for
/// saving edit the path, then confirm an overwrite. Esc cancels at every step.
public struct ExportDialog: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable { case copy, save }

    public enum Step: Hashable, Sendable {
        case chooseFormat
        case editPath
        /// Waiting for y/n about replacing the file at this (resolved) path.
        case confirmOverwrite(path: String)
    }

    public var purpose: Purpose
    public var target: ExportTarget
    /// The rest of a set of marked quotes (empty for one quote).
    public var others: [ExportTarget] = []
    public var step: Step = .chooseFormat
    /// Index into `formats`.
    public var formatIndex = 0
    public var path = TextField()

    public init(purpose: Purpose, target: ExportTarget, others: [ExportTarget] = []) {
        self.purpose = purpose
        self.target = target
        self.others = others
    }

    /// The job for this dialog's quote or set.
    func job(_ destination: ExportJob.Destination) -> ExportJob {
        ExportJob(target: target, others: others, format: format, destination: destination)
    }

    /// The formats offered: all of them for a file, `ExportFormat.copyable` for the clipboard.
    public var formats: [ExportFormat] { purpose == .copy ? ExportFormat.copyable : ExportFormat.allCases }

    public var format: ExportFormat { formats[min(max(formatIndex, 0), formats.count - 1)] }
}

extension ExportFormat {
    /// How the status line and the dialog name the format.
    public var displayName: String {
        switch self {
        case .markdown: "Markdown"
        case .text: "plain text"
        case .json: "JSON"
        case .cslJSON: "CSL-JSON"
        }
    }

    /// One line describing the format in the dialog (a copy carries no record).
    func summary(for purpose: ExportDialog.Purpose) -> String {
        switch (self, purpose) {
        case (.markdown, .copy): "Blockquote with attribution and Pandoc citation"
        case (.markdown, .save): "Blockquote, attribution, citation; .csl.json beside it"
        case (.text, _): "Plain text with attribution and accessed date"
        case (.json, _): "The full quote record"
        case (.cslJSON, .copy): "Bibliography item: expert, article, date"
        case (.cslJSON, .save): "Bibliography item with the quote records in custom"
        }
    }
}
