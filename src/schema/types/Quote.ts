import { builder } from "../builder.ts";
import { ProvenanceRef } from "./Provenance.ts";

builder.prismaNode("Quote", {
  id: { field: "id" },
  description: "Words an article quotes a person saying, with who said it and in which role.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The quoted words." }),
    speaker: t.relation("speaker", { description: "Who said it." }),
    position: t.relation("position", {
      nullable: true,
      description: "The position the speaker held when quoted, as the same article reports it.",
    }),
    article: t.relation("article", { description: "The article that quotes it." }),
    provenance: t.field({
      type: ProvenanceRef,
      description: "Where in the article the quote stands.",
      select: { articleId: true, field: true, spanStart: true, spanEnd: true, confidence: true, extractor: true },
      resolve: (q) => q,
    }),
  }),
});
