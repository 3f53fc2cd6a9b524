// TEMPORARY placeholder written by the lead so LedeCore compiles; the date work replaces it.
// Keep the signature: public static func normalize(_ text: String) -> String?
public enum DateNormalizer {
  public static func normalize(_ text: String) -> String? { nil }
}
