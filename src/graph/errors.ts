/** A write the caller can fix: the draft names something that contradicts the graph. */
export class GraphWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "GraphWriteError";
  }
}
