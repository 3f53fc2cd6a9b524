/// One parameter a report was run with, shown under its title.
public struct ReportParameter: Sendable, Equatable {
  /// The parameter's name.
  public var name: String
  /// The value after defaults and checks.
  public var value: ReportCell

  /// The parameter `name` with `value`.
  public init(_ name: String, _ value: ReportCell) {
    self.name = name
    self.value = value
  }
}
