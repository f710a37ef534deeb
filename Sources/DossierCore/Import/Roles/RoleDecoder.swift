/// Chooses the most probable sequence of roles for the body's paragraphs as a whole
/// (Viterbi over the `Grammar`'s transitions and the evidence's scores), so a short line is
/// an introduction or a heading according to what follows it, not by a rule on its own.
enum RoleDecoder {
    /// One paragraph's score for each role (indexed by `Role.rawValue`).
    static func emissions(_ evidence: Evidence) -> [Double] {
        var scores = RoleWeights.priorVector
        for (feature, strength) in evidence.features {
            let row = RoleWeights.matrix[feature.rawValue]
            for role in scores.indices { scores[role] += row[role] * strength }
        }
        return scores
    }

    /// The best role for each paragraph. `sameBlock[i]` tells that paragraph `i` follows
    /// paragraph `i - 1` without a blank line.
    static func decode(_ emissions: [[Double]], sameBlock: [Bool] = []) -> [Role] {
        let roles = Role.allCases
        let count = roles.count
        guard !emissions.isEmpty else { return [] }
        var score = roles.map { (Grammar.start[$0] ?? Grammar.impossible) + emissions[0][$0.rawValue] }
        var back: [[Int]] = []
        back.reserveCapacity(emissions.count)
        for step in emissions.indices.dropFirst() {
            var next = [Double](repeating: Grammar.impossible * 2, count: count)
            var from = [Int](repeating: 0, count: count)
            for to in 0..<count {
                let emission = emissions[step][to]
                let joined = sameBlock.indices.contains(step) && sameBlock[step]
                for previous in 0..<count {
                    var candidate = score[previous] + Grammar.matrix[previous][to]
                    if joined { candidate += Grammar.withinBlockMatrix[previous][to] }
                    if candidate > next[to] { next[to] = candidate; from[to] = previous }
                }
                next[to] += emission
            }
            back.append(from)
            score = next
        }
        var best = 0
        for role in 0..<count {
            let final = score[role] + (Grammar.end[roles[role]] ?? Grammar.impossible)
            let current = score[best] + (Grammar.end[roles[best]] ?? Grammar.impossible)
            if final > current { best = role }
        }
        var path = [best]
        for from in back.reversed() {
            best = from[best]
            path.append(best)
        }
        return path.reversed().compactMap { Role(rawValue: $0) }
    }
}
