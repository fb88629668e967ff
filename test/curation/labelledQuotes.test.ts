import { beforeAll, expect, it } from "vitest";
import { createApiKey } from "../../src/graph/apiKeys.ts";
import { writeArticleDraft } from "../../src/graph/index.ts";
import { type ArticleDraftInput, parseArticleDraft } from "../../src/ingest/draft.ts";
import { seedAsArticle } from "../support/drafts.ts";
import { execute } from "../support/graphql.ts";
import { describeEachStore } from "../support/stores.ts";

/**
 * A quote whose speaker the article names only by a label is a fact a curator can reject and
 * confirm like a person's quote: rejected, it is gone and stays gone when the article is written
 * again; confirmed, it comes back under the same ID.
 */

/** The seed under its own name, quoting two speakers it names only by a label. */
function labelledDraft(): ArticleDraftInput & { article: { url?: string } } {
  const seed = seedAsArticle("label-curation", "kutipan-berlabel");
  const body = `${seed.article.body}\n\nSu (52), pedagang pasar Sukamaju, mengaku puas. “Harga beras kembali stabil,” ujarnya. Seorang pembeli menambahkan, “Stok minyak goreng juga cukup.”`;
  const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
  return {
    ...seed,
    article: { ...seed.article, body },
    labelledQuotes: [
      { text: "Harga beras kembali stabil,", speakerLabel: "Su (52)", provenance: span("Harga beras kembali stabil,") },
      {
        text: "Stok minyak goreng juga cukup.",
        speakerLabel: "seorang pembeli",
        provenance: span("Stok minyak goreng juga cukup."),
      },
    ],
  };
}

const QUOTES = /* GraphQL */ `
  query CuratedLabelledQuotes($url: URL!) { article(url: $url) { labelledQuotes { factId text speakerLabel } } }
`;

interface LabelledQuote {
  factId: string;
  text: string;
  speakerLabel: string;
}

describeEachStore("curating labelled quotes", (fixture) => {
  let curator = "";
  const draft = labelledDraft();
  const url = String(draft.article.url);

  const quotes = async (): Promise<LabelledQuote[]> => {
    const result = await execute(QUOTES, { url });
    expect(result.errors).toBeUndefined();
    return (result.data as { article: { labelledQuotes: LabelledQuote[] } }).article.labelledQuotes;
  };
  const decide = async (mutation: "rejectFact" | "confirmFact", id: string) => {
    const result = await execute(
      `mutation($id: ID!) { ${mutation}(id: $id) { decision { status kind fact } } }`,
      { id },
      { apiKey: curator },
    );
    expect(result.errors).toBeUndefined();
    return (result.data as Record<string, { decision: unknown }>)[mutation]?.decision;
  };

  beforeAll(async () => {
    curator = (await createApiKey(fixture.store.prisma, "label-curator", ["curate"])).key;
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(draft));
  });

  it("rejects a labelled quote for good, and confirming brings it back", async () => {
    const before = await quotes();
    expect(before.map((quote) => quote.speakerLabel).sort()).toEqual(["Su (52)", "seorang pembeli"]);
    const su = before.find((quote) => quote.speakerLabel === "Su (52)") as LabelledQuote;

    expect(await decide("rejectFact", su.factId)).toEqual({
      status: "REJECTED",
      kind: "LABELLED_QUOTE",
      fact: su.factId,
    });
    expect((await quotes()).map((quote) => quote.speakerLabel)).toEqual(["seorang pembeli"]);
    // the same article written again does not bring it back
    await writeArticleDraft(fixture.store.prisma, parseArticleDraft(draft));
    expect((await quotes()).map((quote) => quote.speakerLabel)).toEqual(["seorang pembeli"]);

    expect(await decide("confirmFact", su.factId)).toEqual({
      status: "CONFIRMED",
      kind: "LABELLED_QUOTE",
      fact: su.factId,
    });
    expect(await quotes()).toContainEqual(su);
  });
});
