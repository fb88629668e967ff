/** A node of a plan as EXPLAIN (ANALYZE, FORMAT JSON) gives it. */
export interface PlanNode {
  "Node Type"?: string;
  "Relation Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

/** Rows one scan node read: what it returned plus what its filter and its recheck threw away, over every loop. */
function rowsReadBy(node: PlanNode): number {
  return (
    (node["Actual Rows"] + (node["Rows Removed by Filter"] ?? 0) + (node["Rows Removed by Index Recheck"] ?? 0)) *
    node["Actual Loops"]
  );
}

/** Rows the plan's scans of `table` read, over every loop. */
export function rowsReadFrom(node: PlanNode, table: string): number {
  const own = node["Relation Name"] === table ? rowsReadBy(node) : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsReadFrom(child, table), 0);
}

/** Rows every scan of the plan read, whatever its table. */
export function rowsScanned(node: PlanNode): number {
  const own = node["Relation Name"] ? rowsReadBy(node) : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsScanned(child), 0);
}

/** The kinds of every node of a plan: a Sort means no index gave the order, so every candidate row was read. */
export function nodeTypes(node: PlanNode): string[] {
  return [node["Node Type"] ?? "", ...(node.Plans ?? []).flatMap((child) => nodeTypes(child))];
}
