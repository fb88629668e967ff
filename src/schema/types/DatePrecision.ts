import { DatePrecision } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";

export const DatePrecisionEnum = builder.enumType(DatePrecision, {
  name: "DatePrecision",
  description:
    "How much of a date the source text gives: DAY when it names only the day (no time), MINUTE when it gives the time too.",
});
