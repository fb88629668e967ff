import type { CurationAction } from "../generated/prisma/enums.ts";
import type { Prisma } from "../store/index.ts";
import type { Actor, Tx } from "./common.ts";

export interface CurationRecord {
  actor: Actor;
  action: CurationAction;
  /** the global ID of what was changed */
  target: string;
  before: Prisma.InputJsonValue;
  after: Prisma.InputJsonValue;
}

/** Adds the change to the curation log, in the change's own transaction. */
export async function recordCuration(tx: Tx, record: CurationRecord): Promise<void> {
  await tx.curationLogEntry.create({ data: record });
}
