import type { GraphQLArmorConfig } from "@escape.tech/graphql-armor-types";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  type ValidationContext,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";
import { LIMITS, SEARCH_ARGUMENT, STRING_ARGUMENT_CAPS } from "./limits.ts";

/**
 * Yoga plugins that hold every request to LIMITS before it costs anything (the body size is
 * yoga's own maxRequestBodySize: 413): the document (QUERY_TOO_COMPLEX) and the arguments
 * (BAD_USER_INPUT), as request errors (HTTP 400 for application/graphql-response+json; 200 for legacy
 * application/json, as the GraphQL over HTTP spec asks, like every validation error).
 */

/** A refusal of the document or of its arguments: nothing of the operation runs. */
function requestError(message: string, code: "QUERY_TOO_COMPLEX" | "BAD_USER_INPUT"): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400, spec: true } } });
}

// ---------------------------------------------------------------------------------------------
// The document

/** Refuses document text longer than LIMITS.maxQueryLength before the lexer reads it. */
export function useQueryLengthLimit(maxLength = LIMITS.maxQueryLength): Plugin {
  return {
    onParse({ params }) {
      const text = typeof params.source === "string" ? params.source : params.source.body;
      if (text.length > maxLength) {
        throw requestError(
          `the query has ${text.length} characters; at most ${maxLength} are accepted (send long values as variables)`,
          "QUERY_TOO_COMPLEX",
        );
      }
    },
  };
}

/** The fields a selection set holds for the overlap check: its own and its inline fragments'. */
function fieldsMergedInto(selectionSet: SelectionSetNode): number {
  let fields = 0;
  // iterative: inline fragments may nest as deep as the token limit lets them
  const pending = [selectionSet];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields++;
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
    }
  }
  return fields;
}

/** The most fields any selection set of the document holds (an inline fragment's count toward its parent's). */
function widestSelectionSet(document: DocumentNode): number {
  let widest = 0;
  visit(document, {
    SelectionSet(node, _key, parent) {
      const owner = parent as { kind?: Kind } | undefined;
      if (owner?.kind === Kind.INLINE_FRAGMENT) return;
      widest = Math.max(widest, fieldsMergedInto(node));
    },
  });
  return widest;
}

/** Yoga caches parsed documents, so one count per distinct document text. */
const widestSets = new WeakMap<DocumentNode, number>();

/**
 * Refuses a document with more than LIMITS.maxFieldsPerSelectionSet fields in one selection set
 * before GraphQL validates it: validation compares the fields of a set pairwise, and within the
 * token limit that alone took seconds. A legitimate query names each field once or aliases it.
 */
export function useSelectionSetLimit(maxFields = LIMITS.maxFieldsPerSelectionSet): Plugin {
  return {
    onValidate({ params, setResult }) {
      let widest = widestSets.get(params.documentAST);
      if (widest === undefined) {
        widest = widestSelectionSet(params.documentAST);
        widestSets.set(params.documentAST, widest);
      }
      if (widest > maxFields) {
        setResult([
          requestError(
            `a selection set has ${widest} fields; at most ${maxFields} are accepted (ask for each field once)`,
            "QUERY_TOO_COMPLEX",
          ),
        ]);
      }
    },
  };
}

/**
 * graphql-armor's settings with its refusals coded: armor itself throws "Syntax Error: …" with
 * no code, which yoga answers with 200. Validation-time refusals are reported to the validation
 * context (yoga then answers 400 like any invalid document); the token limit acts in the parser,
 * where there is no context, so it throws. Field suggestions ("Did you mean …") would let anyone
 * map the schema with introspection off: hidden in production, kept while developing.
 */
export function armorConfig({ production }: { production: boolean }): GraphQLArmorConfig {
  const coded = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const refusal = requestError(error.message.replace(/^Syntax Error: /, ""), "QUERY_TOO_COMPLEX");
        if (!context) throw refusal;
        context.reportError(refusal);
      },
    ],
  };
  return {
    maxDepth: { n: LIMITS.maxDepth, ...coded },
    maxAliases: { n: LIMITS.maxAliases, ...coded },
    maxDirectives: { n: LIMITS.maxDirectives, ...coded },
    maxTokens: { n: LIMITS.maxTokens, ...coded },
    costLimit: { maxCost: LIMITS.maxCost, ...coded },
    blockFieldSuggestion: { enabled: production },
  };
}

// ---------------------------------------------------------------------------------------------
// The arguments

/** Not Unicode text: half of a surrogate pair without the other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Why a string given at `position` is refused, or undefined when it is fine. */
function refuseString(value: string, position: string, name: string | undefined): string | undefined {
  const isSearch = name === SEARCH_ARGUMENT;
  const cap = isSearch ? LIMITS.maxSearchLength : (STRING_ARGUMENT_CAPS[position] ?? LIMITS.maxStringArgument);
  if (value.length > cap) return `${position} has ${value.length} characters; at most ${cap} are accepted`;
  // PostgreSQL cannot hold a NUL in text: it would fail deep in a query as an internal error
  if (value.includes("\u0000")) return `${position} contains a NUL character (U+0000), which text cannot hold`;
  if (LONE_SURROGATE.test(value)) return `${position} contains a lone UTF-16 surrogate, which is not Unicode text`;
  if (isSearch) {
    const words = value.match(WORD)?.length ?? 0;
    if (words > LIMITS.maxSearchTerms) {
      return `${position} has ${words} words; a search takes at most ${LIMITS.maxSearchTerms}`;
    }
  }
  return undefined;
}

/** Why a value of a scalar that takes any JSON is refused: every string in it, bounded nesting. */
function refuseAnyJson(root: unknown, position: string): string | undefined {
  // iterative: the value may be nested far deeper than the stack allows
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, depth } = item;
    if (typeof value === "string") {
      const refusal = refuseString(value, position, undefined);
      if (refusal) return refusal;
    } else if (value !== null && typeof value === "object") {
      if (depth >= LIMITS.maxInputDepth) return `${position} is nested deeper than ${LIMITS.maxInputDepth} levels`;
      for (const [key, inner] of Object.entries(value)) {
        const refusal = refuseString(key, position, undefined);
        if (refusal) return refusal;
        pending.push({ value: inner, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/**
 * Why a variable's value given where `type` is expected is refused. It follows the type, so a
 * value shaped otherwise (an object where a string goes, lists nested deeper than the type) is
 * left to GraphQL's own coercion, which refuses it at its first level.
 */
function refuseValue(
  value: unknown,
  type: GraphQLInputType,
  position: string,
  name: string | undefined,
  depth = 0,
): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (depth > LIMITS.maxInputDepth) return `${position} is nested deeper than ${LIMITS.maxInputDepth} levels`;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      const refusal = refuseValue(item, nullable.ofType, position, name, depth + 1);
      if (refusal) return refusal;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== "object" || Array.isArray(value)) return undefined;
    const fields = nullable.getFields();
    for (const [fieldName, inner] of Object.entries(value)) {
      const field = fields[fieldName];
      if (!field) continue;
      const refusal = refuseValue(inner, field.type, `${nullable.name}.${fieldName}`, fieldName, depth + 1);
      if (refusal) return refusal;
    }
    return undefined;
  }
  if (typeof value === "string") return refuseString(value, position, name);
  if (isScalarType(nullable) && typeof value === "object") return refuseAnyJson(value, position);
  return undefined;
}

interface DocumentArguments {
  /** the refusal of a string written in the document itself, if any */
  literalRefusal: string | undefined;
  /** every place a variable is used, with the type and position it lands in */
  variableUses: { variable: string; type: GraphQLInputType; position: string; name: string | undefined }[];
}

/** Yoga caches parsed documents, so one walk per distinct document text. */
const documentArguments = new WeakMap<DocumentNode, DocumentArguments>();

function readDocumentArguments(schema: GraphQLSchema, document: DocumentNode): DocumentArguments {
  const known = documentArguments.get(document);
  if (known) return known;
  const typeInfo = new TypeInfo(schema);
  const positions: { position: string; name: string }[] = [];
  const found: DocumentArguments = { literalRefusal: undefined, variableUses: [] };
  const here = () => positions.at(-1) ?? { position: "a variable's default value", name: undefined };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter(node) {
          const field = typeInfo.getFieldDef();
          const directive = typeInfo.getDirective();
          const owner = directive ? `@${directive.name}` : `${typeInfo.getParentType()?.name}.${field?.name}`;
          positions.push({ position: `${owner}(${node.name.value})`, name: node.name.value });
        },
        leave() {
          positions.pop();
        },
      },
      ObjectField: {
        enter(node) {
          const parent = typeInfo.getParentInputType();
          const parentName = parent ? (getNullableType(parent) as { name?: string }).name : undefined;
          positions.push({ position: `${parentName ?? "?"}.${node.name.value}`, name: node.name.value });
        },
        leave() {
          positions.pop();
        },
      },
      StringValue(node) {
        const { position, name } = here();
        found.literalRefusal ??= refuseString(node.value, position, name);
      },
      Variable(node) {
        const type = typeInfo.getInputType();
        const { position, name } = here();
        // the Variable of a variable definition itself has no position
        if (type && positions.length > 0) found.variableUses.push({ variable: node.name.value, type, position, name });
      },
    }),
  );
  documentArguments.set(document, found);
  return found;
}

/** Why the arguments of this request are refused, or undefined when they are within bounds. */
export function refuseArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): string | undefined {
  const { literalRefusal, variableUses } = readDocumentArguments(schema, document);
  if (literalRefusal) return literalRefusal;
  const checked = new Set<string>();
  for (const use of variableUses) {
    const key = `${use.variable} ${use.position}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const refusal = refuseValue(variables?.[use.variable], use.type, use.position, use.name);
    if (refusal) return refusal;
  }
  return undefined;
}

/**
 * Refuses, before any resolver runs, string arguments that are too long, that hold a NUL or a
 * lone surrogate (PostgreSQL refuses those: today an internal error), and searches of too many
 * words; over HTTP, SSE and WebSocket alike, since all run through execute or subscribe.
 */
export function useArgumentBounds(): Plugin {
  const check = ({
    args,
    setResultAndStopExecution,
  }: {
    args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: unknown };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }) => {
    const refusal = refuseArguments(
      args.schema,
      args.document,
      args.variableValues as Readonly<Record<string, unknown>> | null | undefined,
    );
    if (refusal) setResultAndStopExecution({ errors: [requestError(refusal, "BAD_USER_INPUT")] });
  };
  return { onExecute: check, onSubscribe: check };
}

// ---------------------------------------------------------------------------------------------
// Codes for what GraphQL itself refuses

/**
 * A GraphQLError without a code that GraphQL or Pothos raised about what the client sent (a
 * variable of the wrong type, `first: -1`, a cursor it made up), coded BAD_USER_INPUT so that
 * every refusal carries one. A variable a scalar refused by throwing a plain error (the URL
 * scalar throws TypeError "Invalid URL") would be masked as an internal error: it is re-raised
 * as the client's error. Internal errors keep being masked.
 */
function codeUserError(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  // graphql-js words every variable coercion failure this way, the scalar's message after it
  if (error.path === undefined && error.message.startsWith('Variable "$')) {
    return new GraphQLError(error.message, {
      nodes: error.nodes ?? null,
      extensions: { code: "BAD_USER_INPUT", http: { status: 400, spec: true } },
    });
  }
  let cause: unknown = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  // a plain Error underneath is the server's: masked as internal, uncoded here
  if (cause instanceof GraphQLError) (error.extensions as Record<string, unknown>).code = "BAD_USER_INPUT";
  return error;
}

/** Codes GraphQL's own refusals of input (see codeUserError), over HTTP, SSE and WebSocket. */
export function useUserErrorCodes(): Plugin {
  const code = (payload: Parameters<typeof handleStreamOrSingleExecutionResult>[0]) =>
    handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
      if (result.errors?.length) setResult({ ...result, errors: result.errors.map(codeUserError) });
    });
  return {
    onExecute: () => ({ onExecuteDone: code }),
    onSubscribe: () => ({ onSubscribeResult: code }),
  };
}
