/// Integer ids for the values of one facet and, per value, the rows that have it
/// (ascending), so a filter starts from the shortest list instead of every row.
struct FacetIndex: Sendable {
    private(set) var ids: [String: Int] = [:]
    private(set) var postings: [[Int]] = []

    /// Records that `row` has `key`; rows must be added in ascending order.
    mutating func add(_ key: String, row: Int) -> Int {
        let id: Int
        if let existing = ids[key] {
            id = existing
        } else {
            id = postings.count
            ids[key] = id
            postings.append([])
        }
        if postings[id].last != row { postings[id].append(row) }
        return id
    }

    func id(of key: String) -> Int? { ids[key] }
}
