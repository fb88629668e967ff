import type { ArticleDraftInput } from "../../src/ingest/draft.ts";
import { type NewsSpec, newsDraft } from "./newsroom.ts";

/**
 * Three articles with events, products and quotes, for the root lists and the timeline: every
 * filter value picks a different set.
 *   r1 2025-03-10  Rutan Blora + Kanwil   Mardi (Kakanwil, quoted), Hemu  Blora  UMKM   WARTAWAN
 *                  event "Peninjauan Rutan Blora" (host Rutan Blora, Mardi + Hemu, 2025-03-10)
 *                  product Batik Tulis Blora (HANDICRAFT, Rutan Blora)
 *   r2 2025-05-02  Lapas Pati             Hemu (Kepala Lapas, quoted), Sari  Pati  ketahanan pangan  Jateng Pos
 *                  event "Panen Raya Lapas Pati" (host Lapas Pati, in Pati, Hemu, topic ketahanan pangan, 2025-05-02)
 *                  product Keripik Singkong (PROCESSED_FOOD, Lapas Pati)
 *   r3 2025-06-01  Rutan Demak + Lapas Pati  Sari (quoted), Hemu (Kepala Lapas again)
 *                  product Kerajinan Rotan (HANDICRAFT, Rutan Demak)
 */
const QUOTES: Record<string, { speaker: string; text: string }> = {
  r1: { speaker: "mardi", text: "Ketahanan pangan harus dijaga bersama." },
  r2: { speaker: "hemu", text: "Panen tahun ini melimpah." },
  r3: { speaker: "sari", text: "Pembinaan berjalan baik." },
};

const SPECS: NewsSpec[] = [
  {
    slug: "r1",
    publishedAt: "2025-03-10T10:00:00+07:00",
    institutions: ["rutan-blora", "kanwil-jateng"],
    people: ["mardi", "hemu"],
    places: ["blora"],
    topics: ["UMKM"],
    source: { name: "WARTAWAN", domain: "demak.wartawan.org" },
    positions: [["mardi", "kanwil-jateng", "Kepala Kantor Wilayah"]],
    event: {
      key: "ev1",
      name: "Peninjauan Rutan Blora",
      host: "rutan-blora",
      participants: ["mardi", "hemu"],
      date: "2025-03-10",
    },
    words: `Mardi berkata: ${QUOTES.r1?.text} Rutan memamerkan Batik Tulis Blora.`,
  },
  {
    slug: "r2",
    publishedAt: "2025-05-02T09:00:00+07:00",
    institutions: ["lapas-pati"],
    people: ["hemu", "sari"],
    places: ["pati"],
    topics: ["ketahanan pangan"],
    source: { name: "Jateng Pos", domain: "jatengpos.example" },
    positions: [["hemu", "lapas-pati", "Kepala Lapas"]],
    event: {
      key: "ev2",
      name: "Panen Raya Lapas Pati",
      host: "lapas-pati",
      participants: ["hemu"],
      date: "2025-05-02",
    },
    words: `Hemu berkata: ${QUOTES.r2?.text} Lapas menjual Keripik Singkong.`,
  },
  {
    slug: "r3",
    publishedAt: "2025-06-01T09:00:00+07:00",
    institutions: ["rutan-demak", "lapas-pati"],
    people: ["sari", "hemu"],
    positions: [["hemu", "lapas-pati", "Kepala Lapas"]],
    words: `Sari berkata: ${QUOTES.r3?.text} Ada pula Kerajinan Rotan.`,
  },
];

const PRODUCTS: Record<string, { name: string; category: "HANDICRAFT" | "PROCESSED_FOOD"; producer: string }> = {
  r1: { name: "Batik Tulis Blora", category: "HANDICRAFT", producer: "rutan-blora" },
  r2: { name: "Keripik Singkong", category: "PROCESSED_FOOD", producer: "lapas-pati" },
  r3: { name: "Kerajinan Rotan", category: "HANDICRAFT", producer: "rutan-demak" },
};

export function analystDrafts(): ArticleDraftInput[] {
  return SPECS.map((spec) => {
    const draft = newsDraft(spec);
    const body = draft.article?.body ?? "";
    const span = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
    const quote = QUOTES[spec.slug] as { speaker: string; text: string };
    const product = PRODUCTS[spec.slug] as (typeof PRODUCTS)[string];
    if (spec.slug === "r2") {
      const event = draft.events?.[0];
      if (event) Object.assign(event, { place: "pati", topics: ["ketahanan pangan"] });
    }
    return {
      ...draft,
      quotes: [{ text: quote.text, speaker: quote.speaker, provenance: span(quote.text) }],
      products: [{ key: "product", ...product, mentions: [span(product.name)] }],
    };
  });
}
