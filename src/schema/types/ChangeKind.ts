import { ChangeKind } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";

export const ChangeKindEnum = builder.enumType(ChangeKind, {
  name: "ChangeKind",
  description:
    "What a change-feed event reports: a new article, an article written again with something changed, a person the graph did not know, the first report of a person holding a title at an institution, or two entities merged by curation.",
});
