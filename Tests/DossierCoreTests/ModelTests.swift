import Testing
@testable import DossierCore

@Suite struct ExpertSlugTests {
    @Test func foldsDiacriticsAndJoinsWords() {
        #expect(Expert.slug(for: "Aïssata Konaté-Diallo") == "aissata-konate-diallo")
        #expect(Expert.slug(for: "Ion Țurcanu") == "ion-turcanu")
        #expect(Expert.slug(for: "Jan Willem de Vries") == "jan-willem-de-vries")
    }
}
