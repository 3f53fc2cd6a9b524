extension Array {
  /// A copy whose buffer holds exactly its elements.
  ///
  /// An article keeps its analyses for as long as it is loaded, and a result built by appending
  /// keeps up to half of its buffer empty: on PolNeAR's train articles the entity, place and
  /// quote arrays held about 1.5 times the bytes of their elements. Cached results are stored
  /// through this, so that slack is not kept for 100,000 articles.
  package func exactCapacity() -> [Element] {
    guard capacity > count else { return self }
    return withUnsafeBufferPointer { [Element]($0) }
  }
}
