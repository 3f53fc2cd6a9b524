// LedeAnalysis: sentiment, gazetteer and geoparsing, and stance primitives over the model of
// LedeCore. Its data files live in Data/ and are read through BundledData when first needed.
import LedeCore
