import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { KIND_COLORS } from "../export/kinds.ts";
import { type Evidence, type Kind, type Neighbourhood, neighbourhood, search, type TimelineItem } from "./data.ts";

const SHAPES: Record<Kind, string> = {
  Article: "rectangle",
  Person: "ellipse",
  Institution: "round-rectangle",
  Place: "triangle",
  Event: "diamond",
  Topic: "hexagon",
  Product: "star",
};

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
const graphBox = $<HTMLElement>("#graph");
const panel = $<HTMLElement>("#panel");
const results = $<HTMLUListElement>("#results");
const input = $<HTMLInputElement>("#search");

const cy: Core = cytoscape({
  container: graphBox,
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    {
      selector: "node",
      style: {
        label: "data(short)",
        "background-color": "data(color)",
        shape: "data(shape)" as never,
        width: 26,
        height: 26,
        "font-size": 10,
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-wrap": "ellipsis",
        "text-max-width": "140px",
      },
    },
    { selector: "node.expanded", style: { "border-width": 3, "border-color": "#222" } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#f1c40f" } },
    {
      selector: "edge",
      style: {
        width: "mapData(weight, 1, 10, 1, 8)",
        "line-color": "#bbb",
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "target-arrow-color": "#bbb",
        "arrow-scale": 0.7,
      },
    },
  ],
});

const expanded = new Set<string>();

function nodeElement(node: Neighbourhood["nodes"][number]): ElementDefinition {
  const short = node.label.length > 40 ? `${node.label.slice(0, 38)}…` : node.label;
  return {
    group: "nodes",
    data: {
      id: node.id,
      label: node.label,
      short,
      kind: node.kind,
      color: KIND_COLORS[node.kind],
      shape: SHAPES[node.kind],
    },
  };
}

/** Adds a neighbourhood to the drawing (keeping what is there) and lays the network out again. */
function draw(found: Neighbourhood): void {
  const additions: ElementDefinition[] = [];
  for (const node of found.nodes) if (cy.getElementById(node.id).empty()) additions.push(nodeElement(node));
  for (const edge of found.edges) {
    const id = `${edge.kind}|${edge.source}|${edge.target}`;
    if (cy.getElementById(id).empty())
      additions.push({
        group: "edges",
        data: { id, source: edge.source, target: edge.target, weight: edge.weight, kind: edge.kind },
      });
  }
  cy.add(additions);
  cy.getElementById(found.center.id).addClass("expanded");
  cy.layout({
    name: "cose",
    animate: false,
    randomize: false,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
  }).run();
  cy.fit(undefined, 30);
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function dateOf(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "undated";
}

function renderPanel(found: Neighbourhood): void {
  panel.replaceChildren();
  const heading = text("h2", found.center.label);
  const badge = text("span", found.center.kind, "kind");
  badge.style.background = KIND_COLORS[found.center.kind];
  heading.prepend(badge);
  panel.append(heading);
  renderEvidence(found.evidence);
  if (found.timeline.length > 0) renderTimeline(found.timeline);
  const exportLink = document.createElement("a");
  exportLink.href = `/export/graphml?around=${encodeURIComponent(found.center.id)}&depth=1`;
  exportLink.textContent = "Download this neighbourhood (GraphML)";
  panel.append(text("h3", "Export"), exportLink);
}

function renderEvidence(evidence: Evidence): void {
  if (evidence.positions.length > 0) {
    panel.append(text("h3", "Positions"));
    const list = document.createElement("ul");
    list.id = "positions";
    for (const position of evidence.positions) {
      const span = position.first
        ? ` (${dateOf(position.first)} – ${dateOf(position.last)}, ${position.reports} reports)`
        : "";
      list.append(text("li", `${position.title}${position.institution ? `, ${position.institution}` : ""}${span}`));
    }
    panel.append(list);
  }
  if (evidence.quotes.length > 0) {
    panel.append(text("h3", "Quotes"));
    for (const quote of evidence.quotes) {
      const block = text("blockquote", `“${quote.text}”`);
      block.append(text("div", `${quote.speaker ?? ""}, ${quote.article.title}`, "muted"));
      panel.append(block);
    }
  }
  panel.append(text("h3", "Articles"));
  const list = document.createElement("ul");
  list.id = "articles";
  for (const article of evidence.articles) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.textContent = article.title;
    link.href =
      article.url ??
      `/graphql?query=${encodeURIComponent(`{ node(id: "${article.id}") { ... on Article { title body } } }`)}`;
    link.target = "_blank";
    link.rel = "noopener";
    item.append(link, text("span", ` · ${dateOf(article.publishedAt)}`, "muted"));
    list.append(item);
  }
  if (evidence.articles.length === 0) list.append(text("li", "none", "muted"));
  panel.append(list);
}

function renderTimeline(items: TimelineItem[]): void {
  panel.append(text("h3", "Timeline"));
  const list = document.createElement("ul");
  list.className = "timeline";
  list.id = "timeline";
  for (const item of items) list.append(text("li", `${dateOf(item.date)} · ${item.kind}: ${item.text}`));
  panel.append(list);
}

function renderLegend(): void {
  const legend = $<HTMLElement>("#legend");
  for (const kind of Object.keys(KIND_COLORS) as Kind[]) {
    const item = text("span", kind);
    const swatch = text("span", "●");
    swatch.style.color = KIND_COLORS[kind];
    item.prepend(swatch, " ");
    legend.append(item);
  }
  legend.append(text("span", "edge width: weight (shared articles, reports)", "muted"));
}

/** The view a link reproduces: the focused node and every node expanded on the way. */
function saveUrlState(focus: string): void {
  const url = new URL(location.href);
  url.searchParams.set("focus", focus);
  url.searchParams.set("expand", [...expanded].join(","));
  history.replaceState(null, "", url);
}

async function expand(id: string, options: { focus: boolean }): Promise<void> {
  try {
    const found = await neighbourhood(id);
    expanded.add(found.center.id);
    draw(found);
    if (options.focus) {
      renderPanel(found);
      cy.$(":selected").unselect();
      cy.getElementById(found.center.id).select();
      saveUrlState(found.center.id);
    }
  } catch (error) {
    panel.replaceChildren(text("p", `Could not load: ${error instanceof Error ? error.message : String(error)}`));
  }
}

cy.on("tap", "node", (event) => {
  void expand(event.target.id(), { focus: true });
});

$<HTMLFormElement>("#search-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const query = input.value.trim();
  results.replaceChildren();
  if (!query) return;
  const hits = await search(query);
  if (hits.length === 0) results.append(text("li", "nothing found", "muted"));
  for (const hit of hits) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    const badge = text("span", hit.kind, "kind");
    badge.style.background = KIND_COLORS[hit.kind];
    button.append(badge, hit.label, text("span", hit.detail ? ` · ${hit.detail}` : "", "muted"));
    button.addEventListener("click", () => {
      results.replaceChildren();
      cy.elements().remove();
      expanded.clear();
      void expand(hit.id, { focus: true });
    });
    item.append(button);
    results.append(item);
  }
});

renderLegend();

// a shared link: expand what its author expanded, then focus what they focused
const params = new URL(location.href).searchParams;
const focus = params.get("focus");
const toExpand = (params.get("expand") ?? "").split(",").filter((id) => id && id !== focus);
void (async () => {
  for (const id of toExpand) await expand(id, { focus: false });
  if (focus) await expand(focus, { focus: true });
})();

// for the browser tests and for anyone at the console: the drawing and its state
Object.assign(window, { explorer: { cy, expanded } });
