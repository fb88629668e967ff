import { randomFillSync } from "node:crypto";

let lastMs = 0;
let sequence = 0;
// random bytes drawn from the system a few kilobytes at a time: a call per id cost more than the rest of newId
const randomPool = Buffer.alloc(16 * 512);
let randomOffset = randomPool.length;

/**
 * A UUID version 7, as Prisma's `@default(uuid(7))` makes, for rows the bulk writer inserts
 * itself (it must know a new node's id before the statement that inserts it). Ids made in one
 * process increase: within a millisecond a 12-bit counter follows the timestamp, so nodes
 * created in one batch sort in creation order as they would one by one ("oldest first").
 */
export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    sequence++;
    if (sequence > 0xfff) {
      lastMs++;
      sequence = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    sequence = 0;
  }
  if (randomOffset === randomPool.length) {
    randomFillSync(randomPool);
    randomOffset = 0;
  }
  const bytes = Buffer.from(randomPool.subarray(randomOffset, randomOffset + 16));
  randomOffset += 16;
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
