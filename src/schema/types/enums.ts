import { EventRole, InstitutionType, PlaceKind, ProductCategory, SpanField } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";

export const InstitutionTypeEnum = builder.enumType(InstitutionType, {
  name: "InstitutionType",
  description:
    "What kind of organisation an institution is: a corrections unit (RUTAN detention centre, LAPAS prison, BAPAS probation office, LPKA juvenile facility), the regional office (KANWIL) or directorate general (DITJEN) above them, a ministry, a local government, police, military …",
});

export const PlaceKindEnum = builder.enumType(PlaceKind, {
  name: "PlaceKind",
  description:
    "The administrative level of a place; FORMER_RESIDENCY is a historical region such as Eks Karesidenan Pati.",
});

export const EventRoleEnum = builder.enumType(EventRole, {
  name: "EventRole",
  description: "The part a person played in an event: who led it, hosted it, accompanied the lead, took part or spoke.",
});

export const ProductCategoryEnum = builder.enumType(ProductCategory, {
  name: "ProductCategory",
  description:
    "The kind of product inmates make (UMKM): handicrafts, processed food, farm produce, clothing, creative works.",
});

export const SpanFieldEnum = builder.enumType(SpanField, {
  name: "SpanField",
  description: "The text of an article a character span points into.",
});
