import { builder } from "../builder.ts";
import { ProvenanceRef } from "./Provenance.ts";

export const LabelledQuoteRef = builder.prismaObject("LabelledQuote", {
  description:
    'Words an article quotes someone saying whom it names only by a label ("Er (40)", "salah seorang warga"): kept with the label, as there is no person to tie them to.',
  fields: (t) => ({
    text: t.exposeString("text", { description: "The quoted words." }),
    speakerLabel: t.exposeString("speakerLabel", { description: "Who said it, as the article names them." }),
    article: t.relation("article", { description: "The article that quotes it." }),
    provenance: t.field({
      type: ProvenanceRef,
      description: "Where in the article the quote stands.",
      select: { articleId: true, field: true, spanStart: true, spanEnd: true, confidence: true, extractor: true },
      resolve: (q) => q,
    }),
  }),
});
