import { builder } from "../../builder.ts";
import { keysetPage } from "../../connections.ts";
import { ProductCategoryEnum } from "../enums.ts";
import { checkedPageSize, entityWhere, nameContains } from "./where.ts";

export const ProductFilterRef = builder.inputType("ProductFilter", {
  description: "Narrows the products list; all given conditions must hold.",
  fields: (t) => ({
    category: t.field({ type: ProductCategoryEnum, description: "Only products of this category." }),
    institution: t.id({
      description: "Only products made at this institution: its global ID or any written form of its name.",
    }),
    search: t.string({ description: "Part of the product's name, any case." }),
  }),
});

type ProductFilter = {
  category?: "HANDICRAFT" | "PROCESSED_FOOD" | "AGRICULTURE" | "FASHION" | "CREATIVE" | "OTHER" | null;
  institution?: string | number | null;
  search?: string | null;
};

function productWhere(filter: ProductFilter | null | undefined) {
  if (!filter) return {};
  return {
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.institution != null
      ? { producer: entityWhere(filter.institution, "Institution", "filter.institution") }
      : {}),
    ...nameContains(filter.search),
  };
}

builder.queryField("products", (t) =>
  t.prismaConnection({
    type: "Product",
    cursor: "id",
    description: "Products inmates make (UMKM), in alphabetical order, optionally filtered.",
    args: { filter: t.arg({ type: ProductFilterRef, description: "What the products must meet." }) },
    totalCount: (_root, args, context) => context.prisma.product.count({ where: productWhere(args.filter) }),
    resolve: async (query, _root, args, context) => {
      checkedPageSize(args);
      return context.prisma.product.findMany(
        await keysetPage(context.prisma, "Product", query, {
          where: productWhere(args.filter),
          orderBy: [{ normalizedName: "asc" }, { id: "asc" }],
        }),
      );
    },
  }),
);
