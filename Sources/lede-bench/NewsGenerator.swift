/// Generates a deterministic corpus of news-shaped articles: headline, standfirst, 10–20
/// paragraphs with quotes, names, places, numbers and abbreviations.
struct NewsGenerator {
  private var state: UInt64

  init(seed: UInt64 = 0x1ede) { state = seed }

  /// SplitMix64: tiny, fast and the same on every platform.
  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  private mutating func pick(_ items: [String]) -> String { items[int(0...(items.count - 1))] }

  static let people = [
    "Sergey Lavrov", "Kim Jong Un", "Vladimir Putin", "Antony Blinken", "Olaf Scholz",
    "Emmanuel Macron", "Maria Zakharova", "Oleg Burmistrov", "Rishi Sunak", "Xi Jinping",
    "Volodymyr Zelensky", "Yoon Suk Yeol", "Fumio Kishida", "Narendra Modi", "Ursula von der Leyen",
    "Dana Whitfield", "Elena Márquez", "Raymond Okafor", "Pieter van Dam", "Ingrid Müller",
  ]
  static let roles = [
    "Foreign Minister", "President", "Prime Minister", "spokeswoman", "Gen.", "Mr.", "Dr.",
    "Ambassador", "Sen.", "chief executive",
  ]
  static let places = [
    "Moscow", "Pyongyang", "Washington", "Seoul", "Tokyo", "Beijing", "Kyiv", "Hanoi", "Gaza",
    "Zaporizhzhia", "Berlin", "Paris", "London", "Nairobi", "Rotterdam", "Alexandria", "Brussels",
    "the U.S.", "East Asia", "the Middle East",
  ]
  static let organisations = [
    "the UN Security Council", "the Kremlin", "NATO", "the European Union", "the White House",
    "the Pentagon", "KCNA", "the IMF", "the World Bank", "Reuters",
  ]
  static let verbs = [
    "said", "told reporters", "added", "warned", "claimed", "denied", "insisted", "noted",
  ]
  static let clauses = [
    "talks would continue next week", "the sanctions had failed to change anything",
    "the two countries were deepening their military cooperation",
    "more than 1,000 containers of munitions had crossed the border",
    "the economy grew 3.5% in the third quarter", "the strike on the hospital was a crime",
    "the agreement was a turning point for the region", "no decision had been taken yet",
    "prices rose by $2.4bn in Jan. and Feb.", "the vote was postponed until Oct. 18",
  ]
  static let fillers = [
    "The visit comes amid growing concern over the conflict.",
    "Officials declined to comment on the details of the meeting.",
    "Analysts say the move could reshape the balance of power… at least for now.",
    "Fighting continued overnight along the front line, local officials said.",
    "Shares fell 2.1% in early trading before recovering by midday.",
    "The ministry did not respond to a request for comment.",
    "Residents described long queues at checkpoints and shortages of fuel.",
    "It was the first such meeting since 2018.",
  ]

  private mutating func person() -> String { pick(Self.people) }

  private mutating func sentence() -> String {
    switch int(0...5) {
    case 0:
      return "“\(pick(Self.clauses).capitalizedFirst),” \(person()) \(pick(Self.verbs))."
    case 1:
      return
        "\(pick(Self.roles).capitalizedFirst) \(person()) \(pick(Self.verbs)) that \(pick(Self.clauses))."
    case 2:
      return
        "According to \(pick(Self.organisations)), \(pick(Self.clauses)) in \(pick(Self.places))."
    case 3:
      return
        "\(person()) arrived in \(pick(Self.places)) on Oct. \(int(1...28)) for talks with \(person())."
    case 4:
      return
        "The “\(pick(["imperialist scheme", "sacred fight", "new chapter", "dangerous escalation"]))” was condemned by \(pick(Self.organisations)), which cited reports from \(pick(Self.places)) (https://example.org/r/\(int(100...999)))."
    default:
      return pick(Self.fillers)
    }
  }

  /// One article in the seed text format.
  mutating func article(_ number: Int) -> String {
    var lines: [String] = []
    lines.append("\(person()) visits \(pick(Self.places)) amid claims of cooperation (\(number))")
    lines.append(
      "\(person())’s trip to \(pick(Self.places)) comes weeks after talks in \(pick(Self.places)).")
    let paragraphs = int(10...20)
    for p in 0..<paragraphs {
      if p == paragraphs / 2 {
        lines.append(pick(["Deepening ties", "What comes next", "Reaction"]))
      }
      lines.append((0..<int(1...3)).map { _ in sentence() }.joined(separator: " "))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate var capitalizedFirst: String {
    guard let f = first else { return self }
    return f.uppercased() + dropFirst()
  }
}
