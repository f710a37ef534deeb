// DossierTerminal: see Package.swift for what this layer holds.
import CNCursesW
