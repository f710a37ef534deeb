import Glibc

/// The last INT/TERM/HUP received, set by the signal handler and polled by
/// the backend between reads. The one global the terminal layer keeps.
nonisolated(unsafe) var dossierReceivedSignal: sig_atomic_t = 0

/// Installs handlers that only record the signal, so the run loop can restore
/// the terminal before exiting.
func installSignalFlagHandlers() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { received in dossierReceivedSignal = received }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(signalNumber, &action, nil)
    }
}
