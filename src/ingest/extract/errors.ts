/** Input that cannot be read as an article: empty, binary, too large, without a title. */
export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractionError";
  }
}
