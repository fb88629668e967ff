import { builder } from "../builder.ts";
import { SpanFieldEnum } from "./enums.ts";

/** The provenance columns every extracted fact row carries. */
export interface ProvenanceShape {
  articleId: string;
  field: "title" | "body";
  spanStart: number;
  spanEnd: number;
  confidence: number;
  extractor: string;
}

export const ProvenanceRef = builder.objectRef<ProvenanceShape>("Provenance").implement({
  description:
    'Where a fact was read: the article, the character span [start, end) of its title or body, the extractor\'s confidence and which extractor it was ("curated" for hand-checked facts).',
  fields: (t) => ({
    articleId: t.exposeID("articleId", {
      description: "The database id of the article (use Article.id for its global id).",
    }),
    field: t.field({
      type: SpanFieldEnum,
      resolve: (p) => p.field,
      description: "Which text of the article the span points into.",
    }),
    start: t.exposeInt("spanStart", { description: "Offset of the first character (UTF-16 code units)." }),
    end: t.exposeInt("spanEnd", { description: "Offset just past the last character." }),
    confidence: t.exposeFloat("confidence", { description: "How sure the extractor was, from 0 to 1." }),
    extractor: t.exposeString("extractor", { description: "The extractor version that read the fact." }),
  }),
});
