import Foundation
import Testing
@testable import DossierCore

/// JSON-LD is read in time linear in its size (a long array was quadratic: found while fuzzing).
@Suite struct HTMLMetadataScalingTests {
    @Test func aLongJSONLDArrayIsReadInLinearTime() {
        let json = "[" + Array(repeating: "0", count: 200_000).joined(separator: ",") + ", {\"@type\": \"NewsArticle\", \"headline\": \"T\"}]"
        let start = Date()
        let objects = PageMetadata.articleObjects(in: json)
        #expect(objects.count == 1)
        // Quadratic, this took minutes; linear, well under a second in a debug build.
        #expect(Date().timeIntervalSince(start) < 5)
    }
}
