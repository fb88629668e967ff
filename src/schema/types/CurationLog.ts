import { CurationAction } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { keysetPage } from "../connections.ts";

export const CurationActionEnum = builder.enumType(CurationAction, {
  name: "CurationAction",
  description:
    "What a curator did: merged two nodes, split a person, added or removed an alias, renamed, set a parent, rejected or confirmed a fact.",
});

builder.prismaObject("CurationLogEntry", {
  description: "One change made by hand: who, when, what, and the thing before and after.",
  fields: (t) => ({
    action: t.expose("action", { type: CurationActionEnum, description: "What was done." }),
    at: t.expose("at", { type: "DateTime", description: "When it was committed." }),
    actor: t.exposeString("actor", { description: "The name of the API key that did it." }),
    target: t.exposeID("target", {
      description: "The global ID of the node or fact changed (the kept node of a merge).",
    }),
    before: t.expose("before", { type: "JSON", description: "The node or fact before the change." }),
    after: t.expose("after", { type: "JSON", description: "The node or fact after the change." }),
  }),
});

builder.queryField("curationLog", (t) =>
  t.prismaConnection({
    type: "CurationLogEntry",
    cursor: "id",
    description: "Every change made by curation, newest first. Needs an API key with the curate or admin scope.",
    authScopes: { $any: { curate: true, admin: true } },
    // ids are time-ordered (UUIDv7): newest first is id descending
    resolve: async (query, _root, _args, context) =>
      context.prisma.curationLogEntry.findMany(
        await keysetPage(context.prisma, "CurationLogEntry", query, { orderBy: [{ id: "desc" }] }),
      ),
  }),
);
