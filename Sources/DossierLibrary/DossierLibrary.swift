// DossierLibrary: see Package.swift for what this layer holds.
