import LedeCore

/// The constants and word lists of the VADER method, read from `vader/vader_rules.json`.
struct VaderRules: Sendable {
  /// Added to a lexicon word (or booster) in ALL CAPS among mixed-case text (C_INCR).
  var capsIncrement = 0.733
  /// The factor of a negated valence (N_SCALAR).
  var negationScalar = -0.74
  /// The normalisation constant of the compound score.
  var alpha = 15.0
  var exclamationIncrement = 0.292
  var exclamationMaxCount = 4
  var questionIncrement = 0.18
  var questionMinCount = 2
  var questionMaxCount = 3
  var questionCapAmplifier = 0.96
  /// The booster factor at distance 1, 2 and 3 before a word.
  var distanceScales: [Double] = [1, 0.95, 0.9]
  /// The factor for "never so …" and "this …".
  var neverSoThisScalar = 1.25
  var butBeforeScalar = 0.5
  var butAfterScalar = 1.5
  var compoundDigits = 4
  var proportionDigits = 3
  /// SPECIAL_CASES with more than one word (a one-word key can never match two joined tokens).
  var specialCases: [WordPhrase] = []
  /// BOOSTER_DICT keys with more than one word ("kind of"), tested by the idiom step.
  var boosterPhrases: [WordPhrase] = []

  /// Reads the rules and registers their words (boosters, negations, phrases) in `table`.
  static func load(_ bytes: [UInt8], into table: inout WordTable) throws -> VaderRules {
    let json: JSONValue
    do { json = try JSONParser.parse(bytes) } catch {
      throw DataFileError.corrupt("vader/vader_rules.json", "\(error)")
    }
    guard let root = json.objectValue, let constants = root["constants"]?.objectValue,
      let parameters = root["method_parameters"]?.objectValue,
      let boosters = root["booster_dict"]?.objectValue,
      let negations = root["negate"]?.arrayValue,
      let specialCases = root["special_cases"]?.objectValue
    else {
      throw DataFileError.corrupt(
        "vader/vader_rules.json",
        "missing one of constants, method_parameters, booster_dict, negate, special_cases")
    }

    func number(_ object: JSONObject, _ key: String) throws -> Double {
      switch object[key] {
      case .integer(let value)?: return Double(value)
      case .number(let value)?: return value
      default: throw DataFileError.corrupt("vader/vader_rules.json", "'\(key)' is not a number")
      }
    }
    var rules = VaderRules()
    rules.capsIncrement = try number(constants, "C_INCR")
    rules.negationScalar = try number(constants, "N_SCALAR")
    rules.alpha = try number(constants, "NORMALIZE_ALPHA")
    rules.exclamationIncrement = try number(parameters, "exclamation_increment")
    rules.exclamationMaxCount = Int(try number(parameters, "exclamation_max_count"))
    rules.questionIncrement = try number(parameters, "question_increment")
    rules.questionMinCount = Int(try number(parameters, "question_min_count"))
    rules.questionMaxCount = Int(try number(parameters, "question_max_count"))
    rules.questionCapAmplifier = try number(parameters, "question_cap_amplifier")
    rules.neverSoThisScalar = try number(parameters, "never_so_this_scalar")
    rules.butBeforeScalar = try number(parameters, "but_before_scalar")
    rules.butAfterScalar = try number(parameters, "but_after_scalar")
    rules.compoundDigits = Int(try number(parameters, "compound_round_digits"))
    rules.proportionDigits = Int(try number(parameters, "proportion_round_digits"))
    guard let scales = parameters["booster_distance_scale"]?.arrayValue, scales.count == 3 else {
      throw DataFileError.corrupt(
        "vader/vader_rules.json", "'booster_distance_scale' must list three numbers")
    }
    rules.distanceScales = try scales.map { value in
      switch value {
      case .integer(let number): return Double(number)
      case .number(let number): return number
      default:
        throw DataFileError.corrupt(
          "vader/vader_rules.json", "'booster_distance_scale' must list three numbers")
      }
    }

    for (key, value) in boosters.members {
      guard let amount = value.doubleValue else {
        throw DataFileError.corrupt("vader/vader_rules.json", "booster '\(key)'")
      }
      let words = key.split(separator: " ", omittingEmptySubsequences: false)
      if words.count == 1 {
        let index = table.intern(key)
        table[index].booster = amount
        table[index].flags.insert(.booster)
      } else {
        rules.boosterPhrases.append(phrase(words, amount, key, &table))
      }
    }
    for value in negations {
      guard let word = value.stringValue else {
        throw DataFileError.corrupt("vader/vader_rules.json", "'negate' must list strings")
      }
      table[table.intern(word)].flags.insert(.negation)
    }
    for (key, value) in specialCases.members {
      guard let amount = value.doubleValue else {
        throw DataFileError.corrupt("vader/vader_rules.json", "special case '\(key)'")
      }
      let words = key.split(separator: " ", omittingEmptySubsequences: false)
      if words.count > 1 { rules.specialCases.append(phrase(words, amount, key, &table)) }
    }
    return rules
  }

  private static func phrase(
    _ words: [Substring], _ value: Double, _ text: String, _ table: inout WordTable
  ) -> WordPhrase {
    let indices = words.map { word in
      let index = table.intern(String(word))
      table[index].flags.insert(.inPhrase)
      return index
    }
    return WordPhrase(words: indices, value: value, text: text)
  }
}

extension JSONValue {
  /// The number, if this is one.
  fileprivate var doubleValue: Double? {
    switch self {
    case .integer(let value): Double(value)
    case .number(let value): value
    default: nil
    }
  }
}
