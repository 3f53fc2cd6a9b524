import Testing

@testable import LedeCore

@Suite struct DateNormalizerTests {
  @Test(arguments: [
    ("Wed, 18 Oct 2023 09:30:00 GMT", "2023-10-18T09:30:00Z"),
    ("Wed, 18 Oct 2023 09:30:00 +0300", "2023-10-18T06:30:00Z"),
    ("18 Oct 2023 09:30 -0500", "2023-10-18T14:30:00Z"),
    ("Tue, 12 Nov 2024 23:15:00 -0200", "2024-11-13T01:15:00Z"),
    ("Mon, 01 Jan 2024 00:30:00 +0100", "2023-12-31T23:30:00Z"),
    ("Wed, 18 Oct 23 09:30:00 EDT", "2023-10-18T13:30:00Z"),
    ("Wednesday, 18-Oct-23 09:30:00 GMT", "2023-10-18T09:30:00Z"),
    ("Wed Oct 18 09:30:00 2023", "2023-10-18T09:30:00"),
  ])
  func readsRFC822(_ input: String, _ expected: String) {
    #expect(DateNormalizer.normalize(input) == expected)
  }

  @Test(arguments: [
    ("2023-10-18", "2023-10-18"),
    ("2023-10-18T09:30:00Z", "2023-10-18T09:30:00Z"),
    ("2023-10-18T09:30:00.123Z", "2023-10-18T09:30:00Z"),
    ("2023-10-18T09:30:00+03:00", "2023-10-18T06:30:00Z"),
    ("2024-08-29T16:45:00+01:00", "2024-08-29T15:45:00Z"),
    ("2023-10-18T09:30:00.000+0000", "2023-10-18T09:30:00Z"),
    ("2023-10-18T09:30-04", "2023-10-18T13:30:00Z"),
    ("2023-10-18 09:30:00", "2023-10-18T09:30:00"),
    ("2023-10-18T09:30", "2023-10-18T09:30:00"),
    ("2023/10/18", "2023-10-18"),
    ("  2023-10-18\n", "2023-10-18"),
  ])
  func readsISO8601(_ input: String, _ expected: String) {
    #expect(DateNormalizer.normalize(input) == expected)
  }

  @Test(arguments: [
    ("18 October 2023", "2023-10-18"),
    ("October 18, 2023", "2023-10-18"),
    ("Oct. 18, 2023", "2023-10-18"),
    ("Sept. 5, 2023", "2023-09-05"),
    ("18th October 2023", "2023-10-18"),
    ("the 18th of October 2023", nil),
    ("18th of October 2023", "2023-10-18"),
    ("Wednesday 18 October 2023", "2023-10-18"),
    ("Wednesday, October 18th, 2023", "2023-10-18"),
    ("October 18, 2023, 9:30 a.m. EDT", "2023-10-18T13:30:00Z"),
    ("October 18, 2023 at 9:30 PM", "2023-10-18T21:30:00"),
    ("18 October 2023 09:30 BST", "2023-10-18T08:30:00Z"),
    ("18 October 2023 12am UTC", "2023-10-18T00:00:00Z"),
    ("18 October 2023 9.30pm GMT+3", "2023-10-18T18:30:00Z"),
    ("29 February 2024", "2024-02-29"),
  ])
  func readsWrittenDates(_ input: String, _ expected: String?) {
    #expect(DateNormalizer.normalize(input) == expected)
  }

  @Test(arguments: [
    "", "yesterday", "18/10/2023", "10/18/2023", "October 2023", "2023", "By Jane Doe",
    "29 February 2023", "2023-13-01", "2023-02-30", "32 October 2023", "18 October 2023 25:00",
    "2023-10-18T09:30:00 nonsense", "Published 18 October 2023", "18 Octember 2023",
    "Wed, 18 Oct 2023 09:30:00 GMT and more",
  ])
  func refusesWhatIsNotADate(_ input: String) {
    #expect(DateNormalizer.normalize(input) == nil)
  }

  @Test func unknownZoneKeepsLocalTime() {
    #expect(DateNormalizer.normalize("Wed, 18 Oct 2023 09:30:00 XYZ") == "2023-10-18T09:30:00")
  }

  @Test func calendarArithmeticRoundTrips() {
    for days in stride(from: -800_000, through: 800_000, by: 997) {
      let (y, m, d) = DateNormalizer.civilFromDays(days)
      #expect(DateNormalizer.daysFromCivil(y, m, d) == days)
    }
  }
}
