/// Disambiguation: each mention takes the candidate with the best score, where the score adds
/// the candidate's prior (kind, size, main name) to the evidence of the rest of the article.
///
/// Evidence is counted from the current choices of the other mentions (never from mentions of
/// the same name, which would only vote for themselves), from demonyms and from the dateline:
/// the share of the article's and of the paragraph's mentions in the candidate's country, the
/// share in its first-level division, an explicit container (`Paris, Texas`; `Hyderabad in
/// India`) and the sense an earlier explicit mention of the same name took. Three rounds let
/// choices settle (Atlanta decides Georgia, which decides Springfield). The counts live in flat
/// arrays indexed by small per-article numbers, so a round allocates nothing per mention.
extension GeoDocument {
  mutating func resolve() {
    var resolver = PlaceResolver(self)
    let chosen = resolver.run()
    for k in mentions.indices { mentions[k].resolved = chosen[k] }
    // A headline repeats the body's names: take the sense the body gave most often.
    for (k, sense) in headlineSenses() { mentions[k].resolved = sense }
  }

  /// Per headline mention whose name the body resolved: the sense the body gave that name most
  /// often, ties to the lower record. Counted for the headline's few names only: a dictionary
  /// of every body name's senses was about 3M instructions on 200 PolNeAR train texts
  /// (callgrind), most of them for articles whose headline names no place.
  private func headlineSenses() -> [(Int, Int)] {
    var senses: [(Int, Int)] = []
    for k in mentions.indices where mentions[k].headline {
      let key = mentions[k].key
      var counts: [(record: Int, count: Int)] = []
      for m in mentions where !m.headline && m.key == key {
        guard let r = m.resolved else { continue }
        if let i = counts.firstIndex(where: { $0.record == r }) {
          counts[i].count += 1
        } else {
          counts.append((r, 1))
        }
      }
      var top: (record: Int, count: Int)?
      for c in counts {
        if let t = top, c.count < t.count || (c.count == t.count && c.record > t.record) {
          continue
        }
        top = c
      }
      if let top { senses.append((k, top.record)) }
    }
    return senses
  }

  /// 1 when `inner` lies in `outer` (same division, or same country for a country or a region
  /// of one country), 0.25 when only the country agrees, 0 otherwise.
  static func inside(_ inner: PlaceRecord, _ outer: PlaceRecord) -> Double {
    guard inner.country != 0, inner.country == outer.country else { return 0 }
    switch outer.kind {
    case .country: return inner.kind == .country ? 0 : 1
    case .admin where outer.isSecondLevel:
      return inner.admin2 == outer.admin2 && !inner.isSecondLevel ? 1 : 0.25
    case .admin:
      return inner.admin == outer.admin && (inner.kind != .admin || inner.isSecondLevel) ? 1 : 0.25
    default: return 0.25
    }
  }
}

/// The scoring loop of `GeoDocument.resolve()` over flattened mentions and candidates.
struct PlaceResolver {
  let records: PlaceTable
  // Per candidate (flattened over all mentions).
  var record: [Int] = []
  /// `records[record[x]]`, decoded once: decoding a record (its admin keys are hashed) cost
  /// about 290 instructions, and the scoring loop read each candidate's many times (115M of
  /// the 3.0G instructions of `a:places()` on PolNeAR train).
  var decoded: [PlaceRecord] = []
  var prior: [Double] = []
  var country: [Int] = []  // index into `countries`, -1 for none
  var admin: [Int] = []  // index into `admins`, -1 for none
  // Per mention.
  var first: [Int] = []
  var end: [Int] = []
  var group: [Int] = []
  var block: [Int] = []
  var weight: [Double] = []
  var position: [Int] = []
  var container: [Int] = []
  var apposition: [Bool] = []
  var fixed: [Int?] = []
  var choice: [Int] = []  // chosen candidate index, -1 for none
  // Tables.
  var countries: [UInt16] = []
  var admins: [UInt64] = []
  var groups = 0
  var blocks = 0
  var cueCountry: [Int] = []
  var cueBlock: [Int] = []
  var cueWeight: [Double] = []

  init(_ document: GeoDocument) {
    records = document.gazetteer.records
    // Groups (one per name) and blocks numbered in order of first use, in arrays: a name's
    // group by a scan of the few names so far, a block's number by its index. As dictionaries
    // they were 17M of the resolver's 62M set-up instructions on PolNeAR train (callgrind).
    var groupKeys: [UInt64] = []
    var blockNumbers = [Int](repeating: -1, count: document.blockRoles.count)
    var otherBlocks: [Int: Int] = [:]
    func groupIndex(_ key: UInt64) -> Int {
      if let g = groupKeys.firstIndex(of: key) { return g }
      groupKeys.append(key)
      return groupKeys.count - 1
    }
    func blockIndex(_ b: Int) -> Int {
      if b >= 0 && b < blockNumbers.count {
        if blockNumbers[b] < 0 {
          blockNumbers[b] = blocks
          blocks += 1
        }
        return blockNumbers[b]
      }
      if let number = otherBlocks[b] { return number }
      otherBlocks[b] = blocks
      blocks += 1
      return blocks - 1
    }
    func countryIndex(_ code: UInt16) -> Int {
      guard code != 0 else { return -1 }
      if let i = countries.firstIndex(of: code) { return i }
      countries.append(code)
      return countries.count - 1
    }
    // Each array is sized once: grown by appending, they were 15M of the resolver's 97M
    // instructions on PolNeAR train.
    let candidates = document.mentions.reduce(0) { $0 + $1.entries.count }
    record.reserveCapacity(candidates)
    decoded.reserveCapacity(candidates)
    prior.reserveCapacity(candidates)
    country.reserveCapacity(candidates)
    admin.reserveCapacity(candidates)
    let count = document.mentions.count
    first.reserveCapacity(count)
    end.reserveCapacity(count)
    group.reserveCapacity(count)
    block.reserveCapacity(count)
    weight.reserveCapacity(count)
    position.reserveCapacity(count)
    container.reserveCapacity(count)
    apposition.reserveCapacity(count)
    fixed.reserveCapacity(count)
    choice.reserveCapacity(count)
    // A name's later mentions mostly have its first mention's candidates: theirs are copied,
    // not decoded and scored again (decoding hashes the record's division keys; the prior takes
    // a logarithm). Per group: where its first mention's candidates start, and their entries.
    var groupFirst: [Int] = []
    var groupEntries: [[NameIndex.Entry]] = []
    var basePrior: [Double] = []
    basePrior.reserveCapacity(candidates)
    for m in document.mentions {
      let from = record.count
      first.append(from)
      let g = groupIndex(m.key)
      var same = -1
      if g < groupFirst.count {
        if groupEntries[g] == m.entries { same = groupFirst[g] }
      } else {
        groupFirst.append(from)
        groupEntries.append(m.entries)
      }
      for (j, entry) in m.entries.enumerated() {
        let r = same >= 0 ? decoded[same + j] : records[entry.record]
        let base = same >= 0 ? basePrior[same + j] : document.gazetteer.prior(entry)
        var p = base
        if m.wantsDivision { p += r.kind == .admin ? 4 : -1 }
        if m.wantsCity { p += r.kind == .city ? 2 : -1 }
        record.append(entry.record)
        decoded.append(r)
        basePrior.append(base)
        prior.append(p)
        if same >= 0 {
          country.append(country[same + j])
          admin.append(admin[same + j])
          continue
        }
        country.append(countryIndex(r.country))
        if r.admin != 0 && r.kind != .country {
          if let i = admins.firstIndex(of: r.admin) {
            admin.append(i)
          } else {
            admins.append(r.admin)
            admin.append(admins.count - 1)
          }
        } else {
          admin.append(-1)
        }
      }
      end.append(record.count)
      if !m.wantsDivision { preferNamesakeCity(first.last ?? 0, record.count) }
      group.append(g)
      block.append(blockIndex(m.block))
      weight.append(m.dateline ? 3 : 1)
      position.append(m.range.lowerBound)
      container.append(m.container ?? -1)
      apposition.append(m.containerIsApposition)
      fixed.append(m.seat.map { Int($0.record) })
      choice.append(-1)
    }
    for cue in document.cues {
      let b = blockIndex(cue.block)
      cueCountry.append(countryIndex(cue.country))
      cueBlock.append(b)
      cueWeight.append(cue.weight)
    }
    groups = groupKeys.count
  }

  /// "New York" is the city unless the text says the state: a division whose biggest city
  /// has its name and a quarter or more of its listed population (New York City 0.46 of the
  /// state, São Paulo 0.27) is read as the city; Quebec City (0.07 of Quebec) is not. On the
  /// TR-News tuning part this put the two "New York" mentions within 161 km.
  private mutating func preferNamesakeCity(_ from: Int, _ to: Int) {
    for x in from..<to where decoded[x].kind == .admin {
      let division = decoded[x]
      guard !division.isSecondLevel else { continue }
      for y in from..<to {
        let city = decoded[y]
        if city.kind == .city, city.admin == division.admin,
          UInt64(city.weight) * 4 >= UInt64(division.weight)
        {
          prior[y] = max(prior[y], prior[x] + 0.5)
        }
      }
    }
  }

  /// The chosen record of every mention.
  mutating func run() -> [Int?] {
    let n = first.count
    for k in 0..<n { choice[k] = best(k, nil) }
    // Made optional once: wrapped at each call, the evidence (eight arrays) was copied and
    // released for every mention (19M of the 3.7G instructions of the analyses of PolNeAR
    // train, callgrind). Its arrays are made once and cleared for each round: made anew, they
    // were about 2M instructions of allocation and release on 200 PolNeAR train texts.
    var evidence: Evidence?
    for _ in 0..<3 {
      collect(into: &evidence)
      for k in 0..<n { choice[k] = best(k, evidence) }
    }
    return (0..<n).map { k in
      fixed[k].flatMap { $0 >= 0 ? $0 : nil } ?? (choice[k] >= 0 ? record[choice[k]] : nil)
    }
  }

  struct Evidence {
    var total = 0.0
    var countryTotal: [Double]
    var countryByGroup: [Double]
    var groupTotal: [Double]
    var blockCountry: [Double]
    var blockTotal: [Double]
    var adminTotal: [Double]
    var adminByGroup: [Double]
    /// Senses fixed by an explicit container: (group, position, record).
    var linked: [(Int, Int, Int)] = []

    /// Every count back to zero, the arrays kept.
    mutating func clear() {
      total = 0
      for i in countryTotal.indices { countryTotal[i] = 0 }
      for i in countryByGroup.indices { countryByGroup[i] = 0 }
      for i in groupTotal.indices { groupTotal[i] = 0 }
      for i in blockCountry.indices { blockCountry[i] = 0 }
      for i in blockTotal.indices { blockTotal[i] = 0 }
      for i in adminTotal.indices { adminTotal[i] = 0 }
      for i in adminByGroup.indices { adminByGroup[i] = 0 }
      linked.removeAll(keepingCapacity: true)
    }
  }

  /// The evidence of the current choices, written into `evidence`, whose arrays are cleared
  /// and reused when it has them.
  private func collect(into evidence: inout Evidence?) {
    let c = countries.count
    let a = admins.count
    var e =
      evidence
      ?? Evidence(
        countryTotal: [Double](repeating: 0, count: c),
        countryByGroup: [Double](repeating: 0, count: groups * c),
        groupTotal: [Double](repeating: 0, count: groups),
        blockCountry: [Double](repeating: 0, count: blocks * c),
        blockTotal: [Double](repeating: 0, count: blocks),
        adminTotal: [Double](repeating: 0, count: a),
        adminByGroup: [Double](repeating: 0, count: groups * a))
    evidence = nil  // `e` holds the arrays alone, so clearing them copies nothing
    e.clear()
    for k in choice.indices where choice[k] >= 0 && fixed[k] == nil {
      let x = choice[k]
      let w = weight[k]
      let g = group[k]
      if country[x] >= 0 {
        e.countryTotal[country[x]] += w
        e.countryByGroup[g * c + country[x]] += w
        e.blockCountry[block[k] * c + country[x]] += w
      }
      e.total += w
      e.groupTotal[g] += w
      e.blockTotal[block[k]] += w
      if admin[x] >= 0 {
        e.adminTotal[admin[x]] += w
        e.adminByGroup[g * a + admin[x]] += w
      }
      if container[k] >= 0 { e.linked.append((g, position[k], record[x])) }
    }
    for (k, seat) in fixed.enumerated() {
      guard let seat, seat >= 0 else { continue }
      if let i = countries.firstIndex(of: records[seat].country) {
        e.countryTotal[i] += 1
        e.blockCountry[block[k] * c + i] += 1
      }
      e.total += 1
      e.blockTotal[block[k]] += 1
    }
    for i in cueCountry.indices where cueCountry[i] >= 0 {
      e.countryTotal[cueCountry[i]] += cueWeight[i]
      e.total += cueWeight[i]
      e.blockCountry[cueBlock[i] * c + cueCountry[i]] += cueWeight[i]
      e.blockTotal[cueBlock[i]] += cueWeight[i]
    }
    evidence = e
  }

  private func best(_ k: Int, _ evidence: Evidence?) -> Int {
    var bestIndex = -1
    var bestScore = -Double.infinity
    for x in first[k]..<end[k] {
      let s = score(x, k, evidence)
      if s > bestScore {
        bestScore = s
        bestIndex = x
      }
    }
    return bestIndex
  }

  private func score(_ x: Int, _ k: Int, _ evidence: Evidence?) -> Double {
    let r = decoded[x]
    var s = prior[x]
    // This mention sits in a container: "Paris, Texas".
    if container[k] >= 0, choice[container[k]] >= 0 {
      s += (apposition[k] ? 8 : 4) * GeoDocument.inside(r, decoded[choice[container[k]]])
    }
    // This mention is the container of the one before it: "Atlanta, Georgia".
    if k > 0, container[k - 1] == k {
      var inner = 0.0
      for y in first[k - 1]..<end[k - 1] {
        inner = max(inner, GeoDocument.inside(decoded[y], r))
      }
      s += (apposition[k - 1] ? 8 : 4) * inner
    }
    guard let e = evidence else { return s }
    let g = group[k]
    let others = e.total - e.groupTotal[g]
    let ci = country[x]
    if ci >= 0 {
      let c = countries.count
      if others > 0 { s += 3.5 * (e.countryTotal[ci] - e.countryByGroup[g * c + ci]) / others }
      // The paragraph's other mentions (this one's own current vote taken out).
      var own = 0.0
      var ownTotal = 0.0
      if choice[k] >= 0 {
        ownTotal = weight[k]
        if country[choice[k]] == ci { own = weight[k] }
      }
      let b = block[k]
      let blockTotal = e.blockTotal[b] - ownTotal
      if blockTotal > 0 { s += 2 * (e.blockCountry[b * c + ci] - own) / blockTotal }
    }
    let ai = admin[x]
    if ai >= 0, r.kind != .admin, others > 0 {
      let a = admins.count
      s += 3 * min(1, 2 * (e.adminTotal[ai] - e.adminByGroup[g * a + ai]) / others)
    }
    if container[k] < 0 {
      var earlier: Int?
      for (lg, lp, lr) in e.linked where lg == g && lp < position[k] { earlier = lr }
      if let earlier, earlier == record[x] { s += 3 }
    }
    return s
  }
}
