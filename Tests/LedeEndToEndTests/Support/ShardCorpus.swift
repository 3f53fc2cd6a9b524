import Foundation

/// A corpus of a few hundred news articles as JSON Lines, made the same way on every run from
/// paragraphs written for these tests, for checking that shards merge into the single run.
///
/// The paragraphs carry what every shipped plugin reads: direct, partial and indirect quotes
/// with named speakers, people, organisations and places (metonyms such as "the Kremlin"
/// too), headings, tone in both directions, and stance cues between actors.
enum ShardCorpus {
  static let people = [
    "Maria Lindqvist", "Tomas Herrera", "Aiko Tanaka", "David Okonkwo", "Helen Marsh",
    "Pavel Novak", "Sofia Brandt", "Ravi Menon", "Grace Mwangi", "Lukas Weber",
  ]
  static let organisations = [
    "the European Commission", "the World Health Organization", "NATO", "the United Nations",
    "the Red Cross", "Greenpeace",
  ]
  static let places = [
    "Berlin", "Nairobi", "Lisbon", "Manila", "Toronto", "Cairo", "Oslo", "Lima", "Hanoi", "Perth",
  ]
  static let countries = [
    "Germany", "Kenya", "Portugal", "the Philippines", "Canada", "Egypt", "Norway", "Peru",
  ]
  static let actors = ["Washington", "the Kremlin", "Beijing", "Brussels", "Downing Street"]
  static let sources = ["Example Wire", "Example Daily", "Example Herald", "Example Radio"]
  static let topics = [
    ("flood defences", "the river"), ("a new rail line", "the line"),
    ("a vaccine campaign", "the campaign"), ("a fishing agreement", "the agreement"),
    ("a wildfire response", "the response"), ("a school meals plan", "the plan"),
  ]

  /// `count` articles, one JSON object per line.
  static func lines(count: Int = 300, seed: UInt64 = 0x5eed) -> [String] {
    var random = SplitMix(state: seed)
    return (0..<count).map { article(number: $0, random: &random) }
  }

  private static func article(number: Int, random: inout SplitMix) -> String {
    let first = random.int(people.count)
    let a = people[first]
    let b = people[(first + 1 + random.int(people.count - 1)) % people.count]
    let org = random.pick(organisations)
    let city = random.pick(places)
    let country = random.pick(countries)
    let actor = random.pick(actors)
    let (topic, short) = random.pick(topics)
    let month = 1 + random.int(12)
    let day = 1 + random.int(28)
    let good = random.int(2) == 0
    let title = "\(a) \(good ? "welcomes" : "criticises") \(topic) in \(city) (\(number + 1))"
    var paragraphs: [String] = [
      "\(a), a senior official in \(country), \(good ? "praised" : "condemned") \(topic) on "
        + "\(["Monday", "Tuesday", "Thursday"][random.int(3)]) after weeks of talks in \(city).",
      "\u{201C}This is \(good ? "a remarkable success for every family here" : "a terrible failure that will hurt families"),"
        + "\u{201D} \(a) said. \u{201C}We \(good ? "welcome the progress" : "reject the delays").\u{201D}",
      "\(b) told reporters that \(short) was \(good ? "an important step" : "badly planned and deeply unfair").",
    ]
    if random.int(2) == 0 {
      paragraphs.append("Reaction")
      paragraphs.append(
        "\(actor) said it \(good ? "supported" : "opposed") the decision, while \(org) "
          + "\(good ? "backed" : "warned against") the plan.")
    }
    if random.int(3) == 0 {
      paragraphs.append(
        "\(b) described the mood in \(country) as \u{201C}\(good ? "hopeful" : "angry and tense")\u{201D} "
          + "and said \(a) had \(good ? "earned praise" : "lost the trust of many voters").")
    }
    if random.int(4) == 0 {
      paragraphs.append(
        "Officials in \(random.pick(places)) and \(random.pick(countries)) said the "
          + "\(good ? "gains" : "losses") were \(["modest", "serious", "encouraging"][random.int(3)])."
      )
    }
    let text = paragraphs.joined(separator: "\n\n")
    let date = String(format: "2024-%02d-%02d", month, day)
    return "{\"title\": \(json(title)), \"date\": \"\(date)\", \"source\": "
      + "\(json(random.pick(sources))), \"text\": \(json(text))}"
  }

  private static func json(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }
}

/// SplitMix64: small, and the same sequence on every platform.
struct SplitMix {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func int(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
}
