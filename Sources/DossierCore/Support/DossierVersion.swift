/// Dossier's version, as the User-Agent and `--version` name it.
public enum DossierVersion {
    public static let current = "0.12.0"
}
