import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql/index.js';

/** A root field of the executable schema, as `Query.accounts` / `Mutation.savePlan`. */
export interface RootField {
  key: string;
  operation: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      key: `${type!.name}.${field.name}`,
      operation,
      name: field.name,
      field: field as GraphQLField<unknown, unknown>,
    })),
  );
}

/** Whether the field returns a list (directly, or as `items` of a page type with a `total`). */
export function returnsList(field: GraphQLField<unknown, unknown>): boolean {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(type)) return true;
  const named = getNamedType(type);
  return isObjectType(named) && 'items' in named.getFields() && 'total' in named.getFields();
}

/** The value an ID argument (or input field) gets, by its name; undefined leaves a nullable one out. */
export type IdFor = (name: string) => string | undefined;

/**
 * Minimal arguments from the argument types: every required argument and input field gets the smallest value of
 * its type (empty string, 1, false, the enum's first value, an empty list), IDs come from `idFor`; optional ones
 * are left out unless `idFor` names an object for them. `overrides` replaces whole arguments.
 */
export function minimalArguments(field: GraphQLField<unknown, unknown>, idFor: IdFor, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (arg.name in overrides) {
      variables[arg.name] = overrides[arg.name];
      continue;
    }
    const value = valueFor(arg.type, arg.name, idFor, isNonNullType(arg.type));
    if (value !== undefined) variables[arg.name] = value;
  }
  return variables;
}

function valueFor(type: GraphQLInputType, name: string, idFor: IdFor, required: boolean): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, idFor, true);
  if (isListType(type)) return required ? [] : undefined;
  if (isScalarType(type) && type.name === 'ID') return idFor(name) ?? (required ? '00000000-0000-4000-8000-000000000000' : undefined);
  if (!required) return undefined;
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (field.defaultValue !== undefined) continue;
      const inner = valueFor(field.type, field.name, idFor, isNonNullType(field.type));
      if (inner !== undefined) value[field.name] = inner;
    }
    return value;
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return '';
  }
}

/** The field's leaf fields (and `id` of the objects one level down) that take no required arguments. */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth === 0 && isObjectType(inner)) parts.push(`${field.name} ${'id' in inner.getFields() ? '{ __typename id }' : '{ __typename }'}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** An operation document calling one root field with its arguments as variables. */
export function documentFor(root: RootField, variables: Record<string, unknown>): string {
  const args = root.field.args.filter((a: GraphQLArgument) => a.name in variables);
  const declarations = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${root.operation}${declarations ? `(${declarations})` : ''} { ${root.name}${call ? `(${call})` : ''} ${selectionFor(root.field.type)} }`;
}
