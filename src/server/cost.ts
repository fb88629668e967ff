import { AsyncLocalStorage } from "node:async_hooks";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getOperationAST,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { DEFAULT_PAGE_SIZE } from "../schema/builder.ts";
import { onSqlStatement } from "../store/index.ts";

/**
 * What a request cost, in the response's `extensions.cost`: the SQL statements it sent and a
 * complexity score (every field selected, each counted once per element a paged list above it
 * may return: `first`, or the default page size). Statements are counted per request through
 * an async context, so concurrent requests do not count each other's.
 *
 * Reported when the request asks for it, by the request extension `{ "cost": true }` or the
 * header `X-Wartagraph-Cost: true`, so responses of clients that did not ask stay as they were.
 */

export const COST_HEADER = "x-wartagraph-cost";

interface RequestContext {
  request?: Request;
  params?: { extensions?: Record<string, unknown> };
}

function costAskedFor(context: RequestContext): boolean {
  if (context.params?.extensions?.cost === true) return true;
  const header = context.request?.headers.get(COST_HEADER)?.trim().toLowerCase();
  return header === "true" || header === "1";
}

export interface RequestCost {
  sqlStatements: number;
  complexity: number;
}

const current = new AsyncLocalStorage<{ statements: number }>();
let listening = false;

function countStatementsPerRequest(): void {
  if (listening) return;
  listening = true;
  onSqlStatement(() => {
    const counter = current.getStore();
    if (counter) counter.statements++;
  });
}

function argumentValue(value: ValueNode, variables: Record<string, unknown>): unknown {
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  if (value.kind === Kind.INT) return Number(value.value);
  return undefined;
}

/** The complexity of a selection: each field 1, times the page sizes of the lists it sits in. */
export function complexityOf(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visit = (selectionSet: SelectionSetNode, multiplier: number, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += multiplier;
        if (!selection.selectionSet) continue;
        const first = selection.arguments?.find((arg) => arg.name.value === "first");
        const size = first ? Number(argumentValue(first.value, variables) ?? DEFAULT_PAGE_SIZE) : 1;
        total += visit(selection.selectionSet, multiplier * Math.max(1, size), seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += visit(selection.selectionSet, multiplier, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        // a fragment spread inside itself is refused by validation; guard anyway
        if (fragment && !seen.has(fragment.name.value)) {
          total += visit(fragment.selectionSet, multiplier, new Set([...seen, fragment.name.value]));
        }
      }
    }
    return total;
  };
  return visit(operation.selectionSet, 1, new Set());
}

/** Adds `extensions.cost` to single-result responses that asked for it (not to subscriptions' streams). */
export function useRequestCost(): Plugin {
  countStatementsPerRequest();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!costAskedFor(args.contextValue as RequestContext)) return;
      const counter = { statements: 0 };
      setExecuteFn((executeArgs) => current.run(counter, () => executeFn(executeArgs)));
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const cost: RequestCost = {
            sqlStatements: counter.statements,
            complexity: complexityOf(
              args.document,
              args.operationName,
              (args.variableValues ?? {}) as Record<string, unknown>,
            ),
          };
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}
