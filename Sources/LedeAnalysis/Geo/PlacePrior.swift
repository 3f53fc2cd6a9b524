import Foundation

/// How likely a gazetteer entry is to be meant before any context is weighed.
///
/// Countries, continents and the hand-written regions outrank places of the same name; cities and
/// divisions rank by the log of their population (a division by its listed cities' total); a
/// capital gets a bonus. A match through an alternate name costs points: GeoNames alternates
/// include historical names (`Manchester` for Richmond, Virginia).
enum PlacePrior {
  static let alternatePenalty = 3.0

  static func score(_ r: PlaceRecord) -> Double {
    score(kind: r.kind, weight: r.weight, isCapital: r.isCapital)
  }

  /// The score from the three fields it reads (`PlaceTable.prior(_:)` reads only these).
  static func score(kind: PlaceKind, weight: UInt32, isCapital: Bool) -> Double {
    let size = log10(max(Double(weight), 1000))
    switch kind {
    case .country: return 10 + 0.1 * size
    case .continent: return 8.5
    case .region: return 8
    case .admin: return size - 0.3
    case .city: return size + (isCapital ? 1.5 : 0)
    }
  }
}
