/// Load issues as people read them: repeated issues of one kind become one line with the count
/// and the first example, so 98 duplicate files do not scroll the banner away.
public enum IssueSummary {
  /// Kinds seen this many times or more are summarised.
  public static let threshold = 3

  /// The lines to print, in the order the kinds first appear; with `verbose`, every issue.
  public static func lines(_ issues: [LoadIssue], verbose: Bool = false) -> [String] {
    guard !verbose else { return issues.map(\.description) }
    var order: [String] = []
    var groups: [String: [LoadIssue]] = [:]
    for issue in issues {
      let key = "\(issue.severity)|" + (issue.kind ?? issue.message)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(issue)
    }
    var lines: [String] = []
    for key in order {
      let group = groups[key] ?? []
      guard let first = group.first else { continue }
      if group.count < threshold {
        lines += group.map(\.description)
      } else {
        lines.append(
          "\(first.description) (and \(group.count - 1) more like it; --verbose lists them)")
      }
    }
    return lines
  }
}
