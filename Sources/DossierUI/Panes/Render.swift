/// Draws the whole browser for a state into a screen of the state's size.
public func render(_ state: AppState, into screen: inout Screen) {
    if screen.width != state.layout.width || screen.height != state.layout.height {
        screen = Screen(width: state.layout.width, height: state.layout.height)
    } else {
        screen.clear()
    }
    if state.layout.isTooSmall {
        Chrome.renderTooSmall(state, into: &screen)
        return
    }
    Chrome.renderHeader(state, into: &screen)
    BrowserPanes.renderSections(state, into: &screen)
    BrowserPanes.renderExperts(state, into: &screen)
    BrowserPanes.renderQuotes(state, into: &screen)
    BrowserPanes.renderReader(state, into: &screen)
    Overlays.render(state, into: &screen)
    Chrome.renderStatus(state, into: &screen)
}

/// The browser drawn into a new screen of the state's size.
public func render(_ state: AppState) -> Screen {
    var screen = Screen(width: state.layout.width, height: state.layout.height)
    render(state, into: &screen)
    return screen
}
