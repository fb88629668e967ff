import { encodeGlobalID } from "@pothos/plugin-relay";
import type { ChangeKind } from "../../generated/prisma/enums.ts";

/** What a delivery reads of a change event: the event and the names and urls a receiver acts on. */
export const EVENT_FOR_DELIVERY = {
  sequence: true,
  kind: true,
  at: true,
  changedFields: true,
  article: { select: { id: true, url: true, title: true, slug: true, publishedAt: true } },
  person: { select: { id: true, name: true } },
  institution: { select: { id: true, name: true } },
  position: { select: { id: true, title: true, role: true } },
} as const;

export interface EventForDelivery {
  sequence: bigint;
  kind: ChangeKind;
  at: Date;
  changedFields: string[];
  article: { id: string; url: string | null; title: string; slug: string; publishedAt: Date | null } | null;
  person: { id: string; name: string } | null;
  institution: { id: string; name: string } | null;
  position: { id: string; title: string; role: string } | null;
}

/**
 * The JSON body of a delivery: `type` (the kind), `timestamp` (when the change committed) and
 * `data`, the event with its cursor and global IDs, the same IDs the GraphQL API takes, so a
 * receiver can ask for more (`node(id:)`, `changes(after: cursor)`).
 */
export function webhookBody(event: EventForDelivery, cursor: string): string {
  const { article, person, institution, position } = event;
  return JSON.stringify({
    type: event.kind,
    timestamp: event.at.toISOString(),
    data: {
      cursor,
      kind: event.kind,
      article: article && {
        id: encodeGlobalID("Article", article.id),
        url: article.url,
        title: article.title,
        slug: article.slug,
        publishedAt: article.publishedAt?.toISOString() ?? null,
      },
      person: person && { id: encodeGlobalID("Person", person.id), name: person.name },
      institution: institution && { id: encodeGlobalID("Institution", institution.id), name: institution.name },
      position: position && { id: encodeGlobalID("Position", position.id), title: position.title, role: position.role },
      changedFields: event.changedFields,
    },
  });
}
