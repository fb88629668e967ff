import type { NodeKind } from "./graph.ts";

/** One colour per node kind, shared by the GEXF export (Gephi shows it) and the explorer's legend. */
export const KIND_COLORS: Record<NodeKind, string> = {
  Article: "#7f8c8d",
  Person: "#e67e22",
  Institution: "#2e86de",
  Place: "#27ae60",
  Event: "#8e44ad",
  Topic: "#c0392b",
  Product: "#d4ac0d",
};

export function rgbOf(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}
