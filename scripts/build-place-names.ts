/**
 * Writes the compact names of every district and village of idn-area-data to
 * dist/gazetteer/local-place-names.txt, which the extractor reads on first use instead of the
 * data package's CSV files (src/ingest/gazetteer/index.ts, isLocalPlaceName). Runs from
 * `postinstall`; without the file, or with one built from other data, the extractor reads the CSV.
 */
import { localPlaceNamesFile, writeLocalPlaceNames } from "../src/ingest/gazetteer/index.ts";

writeLocalPlaceNames();
console.log(`wrote ${localPlaceNamesFile()}`);
