/// A finite number as decimal digits, for formatting that never depends on the locale or the C
/// library.
///
/// The digits of a `Double` come from Swift's `description`, which is the shortest string that
/// reads back as the same value on every platform; rounding to fixed decimals then works on those
/// digits, half away from zero, so 2.675 shows as "2.68" as a reader expects.
struct DecimalText: Equatable {
  /// Whether the value is below zero.
  var negative: Bool
  /// Significant digits (0–9) without leading or trailing zeros; empty for zero.
  var digits: [UInt8]
  /// The value is `0.d₁d₂d₃… × 10^pointPosition`.
  var pointPosition: Int

  /// The digits of a finite double; nil for NaN and infinities.
  init?(_ value: Double) {
    guard value.isFinite else { return nil }
    let text = value.description
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    let isNegative = mantissa.hasPrefix("-")
    if isNegative { mantissa = mantissa.dropFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let integerPart = parts.first ?? ""
    let fractionPart = parts.count > 1 ? parts[1] : ""
    let all = (integerPart + fractionPart).compactMap { $0.wholeNumberValue.map(UInt8.init) }
    self.init(negative: isNegative, rawDigits: all, pointPosition: integerPart.count + exponent)
  }

  /// The digits of an integer.
  init(_ value: Int) {
    let all = String(value.magnitude).compactMap { $0.wholeNumberValue.map(UInt8.init) }
    self.init(negative: value < 0, rawDigits: all, pointPosition: all.count)
  }

  private init(negative: Bool, rawDigits: [UInt8], pointPosition: Int) {
    var digits = rawDigits[...]
    var point = pointPosition
    while digits.first == 0 {
      digits.removeFirst()
      point -= 1
    }
    while digits.last == 0 { digits.removeLast() }
    self.digits = Array(digits)
    self.negative = negative && !digits.isEmpty
    self.pointPosition = digits.isEmpty ? 0 : point
  }

  /// Whether the value is zero.
  var isZero: Bool { digits.isEmpty }

  /// The decimal exponent of the leading digit (0 for zero): 1234.5 → 3, 0.01 → -2.
  var exponent: Int { isZero ? 0 : pointPosition - 1 }

  /// The value multiplied by 10^places.
  func shifted(by places: Int) -> DecimalText {
    var copy = self
    if !isZero { copy.pointPosition += places }
    return copy
  }

  /// All significant digits, never in scientific notation; a fraction part is always shown
  /// ("3.0", "0.00001").
  func plain() -> String {
    var out = negative ? "-" : ""
    if pointPosition <= 0 {
      out += "0"
    } else {
      for i in 0..<pointPosition { out.append(digit(at: i)) }
    }
    out += "."
    if pointPosition >= digits.count {
      out += "0"
    } else {
      for i in pointPosition..<digits.count { out.append(digit(at: i)) }
    }
    return out
  }

  /// Scientific notation with the shortest mantissa: "1.5e-8", "1e+21".
  func scientific() -> String {
    guard !isZero else { return "0.0" }
    var out = negative ? "-" : ""
    out.append(digit(at: 0))
    if digits.count > 1 {
      out += "."
      for i in 1..<digits.count { out.append(digit(at: i)) }
    }
    out += exponent < 0 ? "e-" : "e+"
    out += String(exponent.magnitude)
    return out
  }

  /// All significant digits: plain for 1e-7 ≤ |x| < 1e21 (the range JavaScript writes plainly),
  /// scientific beyond it.
  func shortest() -> String {
    (-7..<21).contains(exponent) ? plain() : scientific()
  }

  /// Rounded half away from zero to `decimals` places and written plainly ("-0.000" never appears).
  func fixed(_ decimals: Int) -> String {
    let places = max(decimals, 0)
    var kept: [UInt8]
    var point = pointPosition
    let keep = pointPosition + places
    if keep < 0 {
      kept = []
    } else if keep >= digits.count {
      kept = digits
    } else {
      kept = Array(digits[..<keep])
      if digits[keep] >= 5 {
        var i = kept.count - 1
        while i >= 0 && kept[i] == 9 {
          kept[i] = 0
          i -= 1
        }
        if i >= 0 {
          kept[i] += 1
        } else {
          kept.insert(1, at: 0)
          point += 1
        }
      }
    }
    let rounded = DecimalText(negative: negative, rawDigits: kept, pointPosition: point)
    var out = rounded.negative ? "-" : ""
    if rounded.pointPosition <= 0 {
      out += "0"
    } else {
      for i in 0..<rounded.pointPosition { out.append(rounded.digit(at: i)) }
    }
    if places > 0 {
      out += "."
      for i in 0..<places { out.append(rounded.digit(at: rounded.pointPosition + i)) }
    }
    return out
  }

  /// The digit at `index` counted from the first significant digit; zero outside them.
  private func digit(at index: Int) -> Character {
    let d = index >= 0 && index < digits.count ? digits[index] : 0
    return Character(Unicode.Scalar(0x30 + d))
  }
}
