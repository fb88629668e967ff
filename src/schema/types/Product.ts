import { builder } from "../builder.ts";
import { listArgs, listTake } from "../lists.ts";
import { ArticleRef } from "./Article.ts";
import { ProductCategoryEnum } from "./enums.ts";

export const ProductRef = builder.prismaNode("Product", {
  id: { field: "id" },
  description: "Something inmates make and show (UMKM): handicrafts, processed food, creative products.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "What the product is." }),
    category: t.expose("category", { type: ProductCategoryEnum, description: "Its category." }),
    producer: t.relation("producer", { nullable: true, description: "The institution whose inmates make it." }),
    shownAt: t.relation("shownAt", { nullable: true, description: "The event where it was shown." }),
  }),
});

builder.prismaObjectFields(ProductRef, (t) => ({
  articles: t.field({
    type: [ArticleRef],
    args: listArgs(t.arg),
    description: "Articles that mention the product.",
    select: (args, _ctx, nestedSelection) => ({
      mentions: { orderBy: { id: "asc" }, take: listTake(args), select: { article: nestedSelection() } },
    }),
    resolve: (p) => p.mentions.map((m) => m.article),
  }),
}));
