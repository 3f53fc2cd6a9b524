/// Turns the dates news sources write into ISO 8601.
///
/// Reads ISO 8601 (`2023-10-18`, `2023-10-18T09:30:00.5+03:00`, `2023-10-18 09:30`), RFC 822,
/// 1123 and 850 (`Wed, 18 Oct 2023 09:30:00 GMT`, `18 Oct 23 09:30 +0300`), asctime, and the
/// English forms of bylines (`18 October 2023`, `October 18th, 2023`, `Oct. 18, 2023, 9:30 a.m.
/// EDT`). A date alone becomes `2023-10-18`; a time with a zone or offset is converted to UTC,
/// `2023-10-18T06:30:00Z`; a time without one stays local, `2023-10-18T09:30:00`. Anything else
/// (including ambiguous `18/10/2023`) is nil, and the caller keeps the source's text.
///
/// Written by hand rather than with `DateFormatter`, which is slow, locale-dependent and tries
/// one pattern at a time.
public enum DateNormalizer {
  /// The ISO 8601 form of `text`, or nil when it is not a date Lede recognises.
  public static func normalize(_ text: String) -> String? {
    let bytes = Array(text.utf8)
    guard bytes.count <= 120 else { return nil }
    let parsed = parseISO(trim(bytes[...])) ?? parseWords(text)
    return parsed?.iso
  }

  /// A calendar date, maybe with a time of day and an offset from UTC in seconds.
  struct Stamp: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var time: (hour: Int, minute: Int, second: Int)?
    var offset: Int?

    static func == (a: Stamp, b: Stamp) -> Bool { a.iso == b.iso }

    var isValid: Bool {
      guard (1000...9999).contains(year), (1...12).contains(month),
        (1...daysIn(month: month, year: year)).contains(day)
      else { return false }
      if let time {
        guard (0...23).contains(time.hour), (0...59).contains(time.minute),
          (0...60).contains(time.second)
        else { return false }
      }
      if let offset, abs(offset) > 18 * 3600 { return false }
      return true
    }

    var iso: String? {
      guard isValid else { return nil }
      guard let time else { return "\(pad(year, 4))-\(pad(month))-\(pad(day))" }
      guard let offset else {
        return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(time.hour)):\(pad(time.minute))"
          + ":\(pad(time.second))"
      }
      let local =
        daysFromCivil(year, month, day) * 86_400 + time.hour * 3600 + time.minute * 60
        + time.second
      let utc = local - offset
      let days = utc >= 0 ? utc / 86_400 : (utc - 86_399) / 86_400
      let seconds = utc - days * 86_400
      let (y, m, d) = civilFromDays(days)
      return "\(pad(y, 4))-\(pad(m))-\(pad(d))T\(pad(seconds / 3600)):\(pad(seconds / 60 % 60))"
        + ":\(pad(seconds % 60))Z"
    }
  }

  // MARK: ISO 8601

  /// `YYYY-MM-DD` (or `/`), then optionally `T` or a space, `hh:mm[:ss[.fff]]` and a zone.
  static func parseISO(_ s: ArraySlice<UInt8>) -> Stamp? {
    var i = s.startIndex
    guard let year = digits(s, &i, min: 4, max: 4), i < s.endIndex else { return nil }
    let separator = s[i]
    guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") else { return nil }
    i += 1
    guard let month = digits(s, &i, min: 1, max: 2), i < s.endIndex, s[i] == separator else {
      return nil
    }
    i += 1
    guard let day = digits(s, &i, min: 1, max: 2) else { return nil }
    var stamp = Stamp(year: year, month: month, day: day)
    if i == s.endIndex { return stamp }
    guard s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: "t") || s[i] == UInt8(ascii: " ")
    else { return nil }
    i += 1
    guard let hour = digits(s, &i, min: 2, max: 2), i < s.endIndex, s[i] == UInt8(ascii: ":")
    else { return nil }
    i += 1
    guard let minute = digits(s, &i, min: 2, max: 2) else { return nil }
    var second = 0
    if i < s.endIndex, s[i] == UInt8(ascii: ":") {
      i += 1
      guard let value = digits(s, &i, min: 2, max: 2) else { return nil }
      second = value
      if i < s.endIndex, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ",") {
        i += 1
        // Fractions of a second are dropped: news dates are not that precise.
        guard digits(s, &i, min: 1, max: 9) != nil else { return nil }
      }
    }
    stamp.time = (hour, minute, second)
    while i < s.endIndex, s[i] == UInt8(ascii: " ") { i += 1 }
    if i == s.endIndex { return stamp }
    switch s[i] {
    case UInt8(ascii: "Z"), UInt8(ascii: "z"):
      stamp.offset = 0
      i += 1
    case UInt8(ascii: "+"), UInt8(ascii: "-"):
      guard let offset = isoOffset(s, &i) else { return nil }
      stamp.offset = offset
    default:
      let name = String(decoding: s[i...], as: UTF8.self).lowercased()
      guard let offset = zones[name] else { return nil }
      stamp.offset = offset
      i = s.endIndex
    }
    return i == s.endIndex ? stamp : nil
  }

  /// `+03:00`, `+0300` or `+03`, in seconds east of UTC.
  private static func isoOffset(_ s: ArraySlice<UInt8>, _ i: inout Int) -> Int? {
    let sign = s[i] == UInt8(ascii: "-") ? -1 : 1
    i += 1
    guard let hours = digits(s, &i, min: 2, max: 2) else { return nil }
    var minutes = 0
    if i < s.endIndex, s[i] == UInt8(ascii: ":") { i += 1 }
    if i < s.endIndex {
      guard let value = digits(s, &i, min: 2, max: 2) else { return nil }
      minutes = value
    }
    guard minutes < 60 else { return nil }
    return sign * (hours * 3600 + minutes * 60)
  }

  private static func digits(_ s: ArraySlice<UInt8>, _ i: inout Int, min: Int, max: Int) -> Int? {
    var value = 0
    var count = 0
    while i < s.endIndex, count < max, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(s[i]) {
      value = value * 10 + Int(s[i] - UInt8(ascii: "0"))
      count += 1
      i += 1
    }
    return count >= min ? value : nil
  }

  private static func trim(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = s
    while let first = s.first, first == 0x20 || first == 0x09 || first == 0x0A { s = s.dropFirst() }
    while let last = s.last, last == 0x20 || last == 0x09 || last == 0x0A { s = s.dropLast() }
    return s
  }

  // MARK: Tables and calendar arithmetic

  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
  ]

  static let weekdays: Set<String> = [
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
    "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
  ]

  /// Zone abbreviations in news datelines, in seconds east of UTC. Ambiguous ones (IST, ET)
  /// are left out on purpose: such a time stays local rather than being shifted wrongly.
  static let zones: [String: Int] = [
    "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0, "west": 3600, "bst": 3600, "cet": 3600,
    "cest": 7200, "eet": 7200, "eest": 10_800, "msk": 10_800, "est": -5 * 3600,
    "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600,
    "pst": -8 * 3600, "pdt": -7 * 3600, "hkt": 8 * 3600, "sgt": 8 * 3600, "jst": 9 * 3600,
    "kst": 9 * 3600, "aest": 10 * 3600, "aedt": 11 * 3600,
  ]

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `days` after 1970-01-01 (`civil_from_days`).
  static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func pad(_ value: Int, _ width: Int = 2) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }
}
