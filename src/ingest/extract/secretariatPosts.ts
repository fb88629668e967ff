import titleLexicon from "../lexicon/titles.json" with { type: "json" };

/**
 * The posts of a regional secretariat's assistants ("Asisten II", "Asisten Bidang Perekonomian dan
 * Pembangunan"): the roles of the lead titles with a regionHead (titles.json), but not the longer
 * titles that open with the same word and are held elsewhere ("Asisten Apoteker" at a hospital).
 */
const SECRETARIAT_ROLES = titleLexicon.leadPhrases
  .filter((lead) => "regionHead" in lead && lead.regionHead)
  .map((lead) => lead.role);
const OTHER_ROLES = titleLexicon.leadPhrases
  .filter((lead) => !("regionHead" in lead && lead.regionHead))
  .map((lead) => lead.role)
  .filter((role) => SECRETARIAT_ROLES.some((secretariat) => role.startsWith(`${secretariat} `)));
const ACTING = /^(?:Pelaksana Tugas |Pelaksana Harian |Plt\.? )/u;

const opens = (role: string, title: string) => role === title || role.startsWith(`${title} `);

export function isRegionalSecretariatPost(role: string): boolean {
  const post = role.replace(ACTING, "");
  return SECRETARIAT_ROLES.some((title) => opens(post, title)) && !OTHER_ROLES.some((title) => opens(post, title));
}

/** The offices an assistant of a regional secretariat works in, in the order they are looked for. */
export const REGIONAL_SECRETARIAT_OFFICES = [/^Sekretariat Daerah\b/u, /^Pemerintah (?:Kabupaten|Kota|Provinsi)\b/u];
