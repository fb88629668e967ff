import { describe, expect, it } from "vitest";
import { ExtractionError } from "../../src/ingest/extract/errors.ts";
import { assertReadableText } from "../../src/ingest/extract/input.ts";

/** Whether a text of mostly this one character is refused as binary data. */
function refusedAsBinary(character: string): boolean {
  try {
    assertReadableText(`Judul${character.repeat(20)}`);
    return false;
  } catch (error) {
    if (error instanceof ExtractionError && error.message === "the text looks like binary data") return true;
    throw error;
  }
}

describe("text that looks like binary data", () => {
  it("is text full of control characters other than tab and line breaks (C0, DEL, C1) or U+FFFD, and no other", () => {
    const refused: number[] = [];
    for (let code = 1; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (refusedAsBinary(String.fromCharCode(code))) refused.push(code);
    }
    const expected = [
      ...Array.from({ length: 32 }, (_, code) => code).filter((code) => code !== 0 && ![9, 10, 13].includes(code)),
      ...Array.from({ length: 0xa0 - 0x7f }, (_, k) => 0x7f + k),
      0xfffd,
    ];
    expect(refused).toEqual(expected);
  });
});
